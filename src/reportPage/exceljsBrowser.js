// ExcelJS for the report page, from its sources: its prebuilt browser file calls Function() (regenerator-runtime),
// which the page's Content-Security-Policy refuses. Only the streaming writer the file door writes with (zipping
// through archiverOnJszip.js); the file door reads with its own reader (src/files/xlsxReader.ts).
module.exports = { stream: { xlsx: { WorkbookWriter: require("exceljs/lib/stream/xlsx/workbook-writer") } } };
