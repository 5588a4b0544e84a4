// ExcelJS for the report page, from its sources: its prebuilt browser file calls Function() (regenerator-runtime),
// which the page's Content-Security-Policy refuses. The in-memory workbook (reading) and the streaming writer the
// file door writes with (zipping through archiverOnJszip.js); no CSV, no file system.
module.exports = {
  Workbook: require("exceljs/lib/doc/workbook"),
  stream: { xlsx: { WorkbookWriter: require("exceljs/lib/stream/xlsx/workbook-writer") } },
};
