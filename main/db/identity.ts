/** "USTN" in the SQLite header: marks a file as a station database (checked on open and restore). */
export const APPLICATION_ID = 0x5553544e;
