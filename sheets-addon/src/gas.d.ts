/**
 * The few Apps Script services the add-on uses, declared by hand (no `@types/google-apps-script`:
 * the add-on must not reach anything it does not declare here, and the fakes in
 * test/support/apps-script/ implement exactly this surface).
 */

declare namespace GoogleAppsScript {
  type Cell = string | number | boolean | Date | null;

  interface DataValidation {
    getCriteriaType(): string;
    getCriteriaValues(): unknown[];
  }
  interface DataValidationBuilder {
    requireValueInList(values: string[], showDropdown?: boolean): DataValidationBuilder;
    requireDate(): DataValidationBuilder;
    setAllowInvalid(allow: boolean): DataValidationBuilder;
    setHelpText(text: string): DataValidationBuilder;
    build(): DataValidation;
  }
  interface Protection {
    setDescription(text: string): Protection;
    setWarningOnly(warningOnly: boolean): Protection;
    getDescription(): string;
  }
  interface Range {
    getRow(): number;
    getColumn(): number;
    getNumRows(): number;
    getNumColumns(): number;
    getA1Notation(): string;
    getValues(): unknown[][];
    setValues(values: unknown[][]): Range;
    getValue(): unknown;
    setValue(value: unknown): Range;
    setNumberFormat(format: string): Range;
    setBackground(color: string | null): Range;
    setNote(note: string | null): Range;
    setDataValidation(rule: DataValidation | null): Range;
    setFontWeight(weight: string | null): Range;
    clearContent(): Range;
    clear(): Range;
    protect(): Protection;
  }
  interface Sheet {
    getName(): string;
    getSheetId(): number;
    getRange(row: number, column: number, numRows?: number, numColumns?: number): Range;
    getDataRange(): Range;
    getLastRow(): number;
    getLastColumn(): number;
    getMaxRows(): number;
    setFrozenRows(rows: number): void;
    hideColumns(columnIndex: number, numColumns?: number): void;
    deleteRows(rowPosition: number, howMany: number): void;
    insertRowsAfter(afterPosition: number, howMany: number): void;
    activate(): Sheet;
  }
  interface Spreadsheet {
    getId(): string;
    getName(): string;
    getSpreadsheetTimeZone(): string;
    getSheets(): Sheet[];
    getSheetByName(name: string): Sheet | null;
    insertSheet(name: string): Sheet;
    getActiveSheet(): Sheet;
    toast(message: string, title?: string, timeoutSeconds?: number): void;
  }
  interface Menu {
    addItem(caption: string, functionName: string): Menu;
    addSeparator(): Menu;
    addToUi(): void;
  }
  interface PromptResponse {
    getResponseText(): string;
    getSelectedButton(): unknown;
  }
  interface HtmlOutput {
    setTitle(title: string): HtmlOutput;
  }
  interface Ui {
    Button: { OK: unknown; CANCEL: unknown; YES: unknown; NO: unknown; CLOSE: unknown };
    ButtonSet: { OK: unknown; OK_CANCEL: unknown; YES_NO: unknown };
    createAddonMenu(): Menu;
    alert(title: string, prompt: string, buttons: unknown): unknown;
    prompt(title: string, prompt: string, buttons: unknown): PromptResponse;
    showSidebar(html: HtmlOutput): void;
  }
  interface Properties {
    getProperty(key: string): string | null;
    setProperty(key: string, value: string): Properties;
    deleteProperty(key: string): Properties;
    getKeys(): string[];
  }
  interface HttpResponse {
    getResponseCode(): number;
    getContentText(): string;
  }
  interface FetchParams {
    method?: string;
    headers?: Record<string, string>;
    contentType?: string;
    payload?: string;
    muteHttpExceptions?: boolean;
    followRedirects?: boolean;
  }
}

declare const SpreadsheetApp: {
  getActiveSpreadsheet(): GoogleAppsScript.Spreadsheet;
  getUi(): GoogleAppsScript.Ui;
  newDataValidation(): GoogleAppsScript.DataValidationBuilder;
  flush(): void;
};
declare const PropertiesService: {
  getUserProperties(): GoogleAppsScript.Properties;
  getDocumentProperties(): GoogleAppsScript.Properties;
};
declare const UrlFetchApp: {
  fetch(url: string, params?: GoogleAppsScript.FetchParams): GoogleAppsScript.HttpResponse;
};
declare const HtmlService: {
  createHtmlOutputFromFile(filename: string): GoogleAppsScript.HtmlOutput;
};
declare const Utilities: {
  formatDate(date: Date, timeZone: string, format: string): string;
  getUuid(): string;
};
declare const Session: {
  getActiveUserLocale(): string;
};
