//! Spreadsheets (CSV) that open correctly in Excel, LibreOffice and
//! others: a byte-order mark so that accents survive, lines ended as the
//! CSV standard says, and no cell that a spreadsheet would run as a formula.

use std::borrow::Cow;
use std::fmt::Display;

use crate::export::ExportError;

/// The UTF-8 byte-order mark: without it, spreadsheet programs guess the
/// wrong encoding and "Café" arrives as "CafÃ©".
const BOM: &[u8] = "\u{feff}".as_bytes();

/// The first characters that make a spreadsheet read a cell as a formula.
const FORMULA_STARTS: &[char] = &['=', '+', '-', '@', '\t', '\r'];

/// A CSV file with a row of headings and then `rows`.
pub(super) fn write(
    headings: &[&str],
    rows: impl IntoIterator<Item = Vec<String>>,
) -> Result<Vec<u8>, ExportError> {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(BOM.to_vec());
    w.write_record(headings).map_err(failed)?;
    for row in rows {
        w.write_record(row.iter().map(|cell| guard(cell).into_owned()))
            .map_err(failed)?;
    }
    w.into_inner().map_err(|e| failed(e.into_error()))
}

fn failed(e: impl Display) -> ExportError {
    ExportError::Format(format!("The spreadsheet could not be written: {e}"))
}

/// `cell`, with an apostrophe in front when it starts like a formula, as
/// spreadsheet safety advice says: the apostrophe makes the spreadsheet
/// treat it as text.
pub(super) fn guard(cell: &str) -> Cow<'_, str> {
    if cell.starts_with(FORMULA_STARTS) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, reason = "a panic is a test's report")]
    use super::*;

    #[test]
    fn formulas_become_text() {
        assert_eq!(guard("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(guard("+1"), "'+1");
        assert_eq!(guard("-2+3"), "'-2+3");
        assert_eq!(guard("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(guard("\tcmd"), "'\tcmd");
        assert_eq!(guard("a=b"), "a=b");
        assert_eq!(guard("2026-05-06"), "2026-05-06");
        assert_eq!(guard(""), "");
    }

    #[test]
    fn starts_with_a_byte_order_mark_and_reads_back() {
        let rows = vec![
            vec!["Café, \"Ü\"".to_owned(), "=1+1".to_owned()],
            vec!["two\nlines".to_owned(), String::new()],
        ];
        let bytes = write(&["Name", "Value"], rows).unwrap();
        assert!(bytes.starts_with(BOM));
        assert!(bytes.windows(2).any(|w| w == b"\r\n"));
        let mut r = csv::Reader::from_reader(bytes.as_slice());
        assert_eq!(r.headers().unwrap(), vec!["Name", "Value"]);
        let back: Vec<Vec<String>> = r
            .records()
            .map(|rec| rec.unwrap().iter().map(str::to_owned).collect())
            .collect();
        assert_eq!(
            back,
            vec![
                vec!["Café, \"Ü\"".to_owned(), "'=1+1".to_owned()],
                vec!["two\nlines".to_owned(), String::new()],
            ]
        );
    }
}
