// Jest stand-in for office-addin-manifest (mapped in jest.config.js): the real package pulls in modules Node 20 lacks.
// office-addin-mock reads only its OfficeApp enum (host detection, Outlook's load-less mode): same values here.
module.exports = {
  OfficeApp: {
    Excel: "excel",
    OneNote: "onenote",
    Outlook: "outlook",
    PowerPoint: "powerpoint",
    Project: "project",
    Word: "word",
  },
};
