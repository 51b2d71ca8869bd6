/** Start-up problems with the database; each message is one plain sentence a user can act on. */
export class DatabaseTooNewError extends Error {
  constructor(
    readonly fileVersion: number,
    readonly codeVersion: number,
  ) {
    super(
      `This station database is from a newer version of the app (schema ${fileVersion}; this app knows up to ${codeVersion}). ` +
        'It was not opened or changed. Install the newer app version to use it.',
    );
    this.name = 'DatabaseTooNewError';
  }
}

export class NotAStationDatabaseError extends Error {
  constructor(file: string) {
    super(`${file} is not an Upgrade Station database; it was not opened or changed.`);
    this.name = 'NotAStationDatabaseError';
  }
}

export class DataFolderError extends Error {
  constructor(dir: string, reason: string) {
    super(`Cannot use the data folder ${dir}: ${reason}`);
    this.name = 'DataFolderError';
  }
}
