import { Catalogue, fillTemplate, Language, MessageParams } from '../engine/messages';
import { CliError } from './cliError';

const en = {
  read: 'Cannot read {path}: {reason}',
  isInput: '--out must be a new file: {path} is the input workbook, which is never modified',
  exists: '{path} exists already; choose another --out or add --overwrite',
  notRegular: '{path} is not a regular file ({kind}); --overwrite only replaces a workbook file, so choose another --out',
  write: 'Cannot write {path}: {reason}',
  createdMeanwhile: '{path} was created by another program meanwhile; nothing was written — choose another --out',
  folder: 'Cannot create the folder {path}: {reason}; give --out',

  'kind.folder': 'a folder',
  'kind.symbolicLink': 'a symbolic link',
  'kind.namedPipe': 'a named pipe',
  'kind.device': 'a device',
  'kind.socket': 'a socket',
  'kind.other': 'not a file',

  'reason.ENOENT': 'no such file or folder (ENOENT)',
  'reason.EACCES': 'permission denied (EACCES)',
  'reason.EPERM': 'not permitted (EPERM)',
  'reason.ENOSPC': 'the disk is full (ENOSPC)',
  'reason.EDQUOT': 'the disk quota is used up (EDQUOT)',
  'reason.EISDIR': 'it is a folder (EISDIR)',
  'reason.EROFS': 'the file system is read-only (EROFS)',
  'reason.EEXIST': 'it exists already (EEXIST)',
  'reason.EFBIG': 'the file would be larger than this system allows (EFBIG)',
};

type FileTextKey = keyof typeof en;

const da: Record<FileTextKey, string> = {
  read: 'Kan ikke læse {path}: {reason}',
  isInput: '--out skal være en ny fil: {path} er den projektmappe, der læses fra, og den ændres aldrig',
  exists: '{path} findes allerede; vælg en anden --out, eller tilføj --overwrite',
  notRegular: '{path} er ikke en almindelig fil ({kind}); --overwrite erstatter kun en projektmappefil, så vælg en anden --out',
  write: 'Kan ikke skrive {path}: {reason}',
  createdMeanwhile: '{path} blev oprettet af et andet program imens; intet blev skrevet — vælg en anden --out',
  folder: 'Kan ikke oprette mappen {path}: {reason}; angiv --out',

  'kind.folder': 'en mappe',
  'kind.symbolicLink': 'et symbolsk link',
  'kind.namedPipe': 'et navngivet rør (named pipe)',
  'kind.device': 'en enhed',
  'kind.socket': 'en socket',
  'kind.other': 'ikke en fil',

  'reason.ENOENT': 'filen eller mappen findes ikke (ENOENT)',
  'reason.EACCES': 'adgang nægtet (EACCES)',
  'reason.EPERM': 'ikke tilladt (EPERM)',
  'reason.ENOSPC': 'disken er fuld (ENOSPC)',
  'reason.EDQUOT': 'diskkvoten er brugt op (EDQUOT)',
  'reason.EISDIR': 'det er en mappe (EISDIR)',
  'reason.EROFS': 'filsystemet er skrivebeskyttet (EROFS)',
  'reason.EEXIST': 'den findes allerede (EEXIST)',
  'reason.EFBIG': 'filen ville blive større, end systemet tillader (EFBIG)',
};

export const fileTexts: Catalogue<FileTextKey> = { en, da };

export type FileErrorCode = 'read' | 'isInput' | 'exists' | 'notRegular' | 'write' | 'createdMeanwhile' | 'folder';
export type FileKind = 'folder' | 'symbolicLink' | 'namedPipe' | 'device' | 'socket' | 'other';

/**
 * A file the `sib` command cannot read or write, worded in the reader's language when printed. `kind` names
 * what stands where a file should be; `errno` is the system's code, shown with its meaning when known.
 */
export class FileError extends CliError {
  constructor(
    readonly code: FileErrorCode,
    readonly params: { readonly path: string; readonly kind?: FileKind; readonly errno?: string },
  ) {
    super('');
    this.message = this.text('en');
  }

  text(language: Language): string {
    const texts = fileTexts[language];
    const { path, kind, errno } = this.params;
    const reasonKey = `reason.${errno}` as FileTextKey;
    const params: MessageParams = {
      path,
      kind: kind === undefined ? '' : texts[`kind.${kind}`],
      reason: errno === undefined ? '' : reasonKey in texts ? texts[reasonKey] : errno,
    };
    return fillTemplate(texts[this.code], params);
  }
}
