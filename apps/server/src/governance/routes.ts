import { governanceEndpoints as g } from '@mutualis/contracts';
import { GOVERNANCE_READER_ROLES, MUTUAL_ROLES } from '@mutualis/domain/accounts/roles';
import type { Deps } from '../caller.ts';
import { serve } from '../http/api.ts';
import type { App } from '../http/context.ts';
import { addAgreement } from './add-agreement.ts';
import { addContribution } from './add-contribution.ts';
import { addDecision } from './add-decision.ts';
import { addPartnerContact } from './add-partner-contact.ts';
import { addSupport } from './add-support.ts';
import { createBoardMember } from './create-board-member.ts';
import { createBoardSeat } from './create-board-seat.ts';
import { createLeader } from './create-leader.ts';
import { createMeeting } from './create-meeting.ts';
import { createPartner } from './create-partner.ts';
import { deleteDocument } from './delete-document.ts';
import { downloadDocument } from './download-document.ts';
import { getBoard } from './get-board.ts';
import { getEcosystem } from './get-ecosystem.ts';
import { getMeeting } from './get-meeting.ts';
import { getPartner } from './get-partner.ts';
import { getRecognition } from './get-recognition.ts';
import { getScorecard } from './get-scorecard.ts';
import { getStanding } from './get-standing.ts';
import { listActivityYears } from './list-activity-years.ts';
import { listLeaders } from './list-leaders.ts';
import { listMeetings } from './list-meetings.ts';
import { listPartners } from './list-partners.ts';
import { recordAttendance } from './record-attendance.ts';
import { recordRecognitionEvent } from './record-recognition-event.ts';
import { saveActivityYear } from './save-activity-year.ts';
import { setThresholds } from './set-thresholds.ts';
import { updateBoardMember } from './update-board-member.ts';
import { updateBoardSeat } from './update-board-seat.ts';
import { updateLeader } from './update-leader.ts';
import { updateMeeting } from './update-meeting.ts';
import { updatePartner } from './update-partner.ts';
import { updateRecognition } from './update-recognition.ts';
import { uploadDocument } from './upload-document.ts';

/**
 * A mutual's governance. Coordinators keep it, the board reads it; the chair of the board (a
 * board viewer seated as chair) also keeps the board, its meetings, leaders and thresholds — the
 * use cases check that, so the board viewer role is admitted on those routes (decision 33).
 */
export function registerGovernanceRoutes(app: App, deps: Deps) {
  const readers = GOVERNANCE_READER_ROLES;
  serve(app, g.standing, MUTUAL_ROLES, (_, caller) => getStanding(deps, caller));
  serve(app, g.recognition, readers, (_, caller) => getRecognition(deps, caller));
  serve(app, g.updateRecognition, ['coordinator'], ({ body }, caller) => updateRecognition(deps, caller, body));
  serve(app, g.recordEvent, ['coordinator'], ({ body }, caller) => recordRecognitionEvent(deps, caller, body));
  serve(app, g.uploadFileDocument, ['coordinator'], ({ body }, caller) =>
    uploadDocument(deps, caller, { ownerKind: 'recognition_file', file: body }),
  );
  serve(app, g.uploadEventDocument, ['coordinator'], ({ params, body }, caller) =>
    uploadDocument(deps, caller, { ownerKind: 'recognition_event', ownerId: params.eventId, file: body }),
  );
  serve(app, g.document, readers, ({ params }, caller) => downloadDocument(deps, caller, params));
  serve(app, g.deleteDocument, readers, ({ params }, caller) => deleteDocument(deps, caller, params));

  serve(app, g.board, readers, ({ query }, caller) => getBoard(deps, caller, query));
  serve(app, g.createSeat, readers, ({ body }, caller) => createBoardSeat(deps, caller, body));
  serve(app, g.updateSeat, readers, ({ params, body }, caller) =>
    updateBoardSeat(deps, caller, { seatId: params.seatId, changes: body }),
  );
  serve(app, g.createBoardMember, readers, ({ body }, caller) => createBoardMember(deps, caller, body));
  serve(app, g.updateBoardMember, readers, ({ params, body }, caller) =>
    updateBoardMember(deps, caller, { boardMemberId: params.boardMemberId, changes: body }),
  );
  serve(app, g.meetings, readers, ({ query }, caller) => listMeetings(deps, caller, query));
  serve(app, g.createMeeting, readers, ({ body }, caller) => createMeeting(deps, caller, body));
  serve(app, g.meeting, readers, ({ params }, caller) => getMeeting(deps, caller, params));
  serve(app, g.updateMeeting, readers, ({ params, body }, caller) =>
    updateMeeting(deps, caller, { meetingId: params.meetingId, changes: body }),
  );
  serve(app, g.recordAttendance, readers, ({ params, body }, caller) =>
    recordAttendance(deps, caller, { meetingId: params.meetingId, present: body.present }),
  );
  serve(app, g.addDecision, readers, ({ params, body }, caller) =>
    addDecision(deps, caller, { meetingId: params.meetingId, ...body }),
  );
  serve(app, g.uploadMeetingDocument, readers, ({ params, body }, caller) =>
    uploadDocument(deps, caller, { ownerKind: 'board_meeting', ownerId: params.meetingId, file: body }),
  );

  serve(app, g.leaders, readers, ({ query }, caller) => listLeaders(deps, caller, query));
  serve(app, g.createLeader, readers, ({ body }, caller) => createLeader(deps, caller, body));
  serve(app, g.updateLeader, readers, ({ params, body }, caller) =>
    updateLeader(deps, caller, { leaderId: params.leaderId, changes: body }),
  );
  serve(app, g.addContribution, readers, ({ params, body }, caller) =>
    addContribution(deps, caller, { leaderId: params.leaderId, ...body }),
  );

  serve(app, g.partners, readers, ({ query }, caller) => listPartners(deps, caller, query));
  serve(app, g.createPartner, ['coordinator'], ({ body }, caller) => createPartner(deps, caller, body));
  serve(app, g.partner, readers, ({ params }, caller) => getPartner(deps, caller, params));
  serve(app, g.updatePartner, ['coordinator'], ({ params, body }, caller) =>
    updatePartner(deps, caller, { partnerId: params.partnerId, changes: body }),
  );
  serve(app, g.addSupport, ['coordinator'], ({ params, body }, caller) =>
    addSupport(deps, caller, { partnerId: params.partnerId, ...body }),
  );
  serve(app, g.addAgreement, ['coordinator'], ({ params, body }, caller) =>
    addAgreement(deps, caller, { partnerId: params.partnerId, ...body }),
  );
  serve(app, g.addPartnerContact, ['coordinator'], ({ params, body }, caller) =>
    addPartnerContact(deps, caller, { partnerId: params.partnerId, ...body }),
  );
  serve(app, g.uploadAgreementDocument, ['coordinator'], ({ params, body }, caller) =>
    uploadDocument(deps, caller, { ownerKind: 'partner_agreement', ownerId: params.agreementId, file: body }),
  );
  serve(app, g.ecosystem, readers, (_, caller) => getEcosystem(deps, caller));

  serve(app, g.scorecard, readers, ({ query }, caller) => getScorecard(deps, caller, query));
  serve(app, g.setThresholds, readers, ({ body }, caller) => setThresholds(deps, caller, body));
  serve(app, g.activityYears, readers, ({ query }, caller) => listActivityYears(deps, caller, query));
  serve(app, g.saveActivityYear, ['coordinator'], ({ body }, caller) => saveActivityYear(deps, caller, body));
}
