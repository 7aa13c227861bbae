import {
  migrate
} from "./chunk-KPYU2QU5.mjs";
import "./chunk-PAWJFY3S.mjs";
export {
  migrate
};
//# sourceMappingURL=migrate-QTMVFWWG.mjs.map
