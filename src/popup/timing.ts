/** Performance mark the popup sets when it first shows content; the e2e tests report its time. */
export const POPUP_READY_MARK = 'dramatis-popup-ready';
/** Set when the list of people and places is first rendered. */
export const POPUP_LIST_MARK = 'dramatis-popup-list';
/** Set when the popup's script starts running (after the page and the bundle are loaded). */
export const POPUP_SCRIPT_MARK = 'dramatis-popup-script';
/** Set when the tab's state, the popup's memory and the settings have arrived. */
export const POPUP_DATA_MARK = 'dramatis-popup-data';
