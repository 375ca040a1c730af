const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Hands the data to the browser as a download named `name`; nothing leaves the machine. */
export function downloadFile(data: Uint8Array | string, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([data as Uint8Array<ArrayBuffer> | string], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started once click() returns, but some browsers read the URL a moment later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadWorkbook(bytes: Uint8Array, name: string): void {
  downloadFile(bytes, name, XLSX_MIME);
}
