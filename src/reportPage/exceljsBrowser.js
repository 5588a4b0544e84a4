// ExcelJS for the report page, from its sources: its prebuilt browser file calls Function() (regenerator-runtime),
// which the page's Content-Security-Policy refuses. Only the in-memory workbook: no streams, no CSV, no file system.
module.exports = { Workbook: require("exceljs/lib/doc/workbook") };
