// The report page's stand-in for `archiver`, which ExcelJS's streaming writer zips through (on Node's zlib): the
// same writer runs in the worker as on the command line, rows committed and dropped as they are written, and this
// collects each part it writes and makes the package with JSZip at finalize. Only what the writer calls is here:
// pipe, on("error"), append(text | bytes | its StreamBuf, { name, base64 }), finalize.
const JSZip = require("jszip");

module.exports = function archiver() {
  const zip = new JSZip();
  const parts = [];
  const errorListeners = [];
  let target = null;
  const fail = (error) => errorListeners.forEach((listener) => listener(error));
  return {
    pipe(stream) {
      target = stream;
      return stream;
    },
    on(event, listener) {
      if (event === "error") errorListeners.push(listener);
      return this;
    },
    append(source, { name, base64 }) {
      const path = name.replace(/^\//, ""); // the writer names some parts from the root: «/xl/workbook.xml»
      if (typeof source === "string" || source instanceof Uint8Array) {
        zip.file(path, source, { base64: Boolean(base64) });
        return this;
      }
      parts.push(
        new Promise((resolve) => {
          const chunks = [];
          source.pipe({
            write(chunk, done) {
              chunks.push(chunk);
              if (done) done();
              return true;
            },
            end() {
              zip.file(path, Buffer.concat(chunks));
              resolve();
            },
          });
        }),
      );
      return this;
    },
    file() {
      throw new Error("archiverOnJszip: files from disk are not written in a browser");
    },
    finalize() {
      Promise.all(parts)
        .then(() => zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }))
        .then((bytes) => {
          // write, then end: ExcelJS's StreamBuf never completes an end(chunk) that nothing reads
          target.write(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
          target.end();
        }, fail);
    },
  };
};
