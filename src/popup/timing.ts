/** Performance mark the popup sets when it first shows content; the e2e tests report its time. */
export const POPUP_READY_MARK = 'dramatis-popup-ready';
