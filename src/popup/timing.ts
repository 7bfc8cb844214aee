/** Performance mark the popup sets when it first shows content; the e2e tests report its time. */
export const POPUP_READY_MARK = 'dramatis-popup-ready';
/** Set when the list of people and places is first rendered. */
export const POPUP_LIST_MARK = 'dramatis-popup-list';
