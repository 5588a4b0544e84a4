// The report page's stand-in for `archiver`, which ExcelJS's streaming writer zips through (on Node's zlib): the
// same writer runs in the worker as on the command line, rows committed and dropped as they are written. Each part
// is deflated as it comes, as archiver does — a sheet's XML chunk by chunk — and only its compressed bytes are kept,
// handed to JSZip as compressed (not deflated again) to make the package at finalize: 40 000 schools' raw XML and
// shared strings never sit in the worker whole. Only what the writer calls is here:
// pipe, on("error"), append(text | bytes | its StreamBuf, { name, base64 }), finalize.
const JSZip = require("jszip");
// JSZip's own form of an already compressed part (what loadAsync makes of a read file's parts), its crc32 and its
// DEFLATE: the webpack config bundles JSZip from these same sources, so `instanceof` holds.
const CompressedObject = require("jszip/lib/compressedObject");
const { DEFLATE } = require("jszip/lib/compressions");
const crc32 = require("jszip/lib/crc32");
const pako = require("pako");

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
      const whole = typeof source === "string" ? bytesOf(source, base64) : source instanceof Uint8Array ? source : null;
      parts.push({ path, part: whole ? deflatedWhole(whole) : deflated(source) });
      return this;
    },
    file() {
      throw new Error("archiverOnJszip: files from disk are not written in a browser");
    },
    finalize() {
      // in the order appended, as archiver writes them
      Promise.all(parts.map(({ part }) => part))
        .then((compressed) => {
          compressed.forEach((part, i) => zip.file(parts[i].path, part));
          return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
        })
        .then((bytes) => {
          // write, then end: ExcelJS's StreamBuf never completes an end(chunk) that nothing reads
          target.write(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
          target.end();
        }, fail);
    },
  };
};

/** A part the writer streams (its StreamBuf), deflated as it comes. */
function deflated(source) {
  return new Promise((resolve, reject) => {
    const part = partDeflater();
    source.pipe({
      write(chunk, done) {
        part.push(chunk);
        if (done) done();
        return true;
      },
      end() {
        try {
          resolve(part.end());
        } catch (error) {
          reject(error);
        }
      },
    });
  });
}

/** TextEncoder, not the Buffer stand-in: its UTF-8 goes through a plain array of numbers (the shared strings are MBs). */
function bytesOf(text, base64) {
  return base64 ? Buffer.from(text, "base64") : new TextEncoder().encode(text);
}

function deflatedWhole(bytes) {
  const part = partDeflater();
  part.push(bytes);
  return part.end();
}

/** Raw DEFLATE at the default level (as JSZip deflates), with the part's crc32 and size, fed a chunk at a time. */
function partDeflater() {
  const deflate = new pako.Deflate({ raw: true });
  let crc = 0;
  let size = 0;
  return {
    push(chunk) {
      crc = crc32(chunk, crc);
      size += chunk.length;
      deflate.push(chunk, false);
    },
    end() {
      deflate.push(new Uint8Array(0), true);
      if (deflate.err) throw new Error(`archiverOnJszip: ${deflate.msg}`);
      return new CompressedObject(deflate.result.length, size, crc, DEFLATE, deflate.result);
    },
  };
}
