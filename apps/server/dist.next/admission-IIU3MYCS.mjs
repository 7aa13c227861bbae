import {
  AdmissionQueue,
  admission
} from "./chunk-BDZYE73J.mjs";
import "./chunk-YGYWNK2I.mjs";
import "./chunk-PAWJFY3S.mjs";
export {
  AdmissionQueue,
  admission
};
//# sourceMappingURL=admission-IIU3MYCS.mjs.map
