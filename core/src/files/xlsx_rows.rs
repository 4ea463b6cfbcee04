//! Which rows of an .xlsx sheet are hidden: what an AutoFilter or "Sembunyikan baris" left in
//! the file but out of the clerk's sight. calamine reads the cells but not this, so the sheet's
//! XML is scanned for `<row r="N" hidden="1">` (Excel) or `hidden="true"` (LibreOffice).

use std::collections::BTreeSet;
use std::io::Read;
use std::path::Path;

/// Row numbers (counting from 1) hidden in the sheet named `sheet`.
pub(crate) fn hidden_rows(path: &Path, sheet: &str) -> Result<BTreeSet<usize>, String> {
    Ok(hidden(path, sheet)?.0)
}

/// Rows and columns (both counting from 1) hidden in the sheet named `sheet`.
pub(crate) fn hidden(path: &Path, sheet: &str) -> Result<(BTreeSet<usize>, BTreeSet<usize>), String> {
    let file = std::fs::File::open(path).map_err(|e| e.to_string())?;
    let mut zip = zip::ZipArchive::new(file).map_err(|_| "bukan berkas .xlsx yang utuh".to_string())?;
    let workbook = entry(&mut zip, "xl/workbook.xml")?;
    let rels = entry(&mut zip, "xl/_rels/workbook.xml.rels")?;
    let Some(id) = tags(&workbook, "sheet").find(|t| attr(t, "name").as_deref() == Some(sheet)).and_then(|t| attr(t, "r:id")) else {
        return Ok(Default::default());
    };
    let Some(target) = tags(&rels, "Relationship").find(|t| attr(t, "Id").as_deref() == Some(id.as_str())).and_then(|t| attr(t, "Target"))
    else {
        return Ok(Default::default());
    };
    let target = match target.strip_prefix('/') {
        Some(absolute) => absolute.to_string(),
        None => format!("xl/{target}"),
    };
    let xml = entry(&mut zip, &target)?;
    let mut hidden = BTreeSet::new();
    let mut next = 1;
    for row in tags(&xml, "row") {
        let n = attr(row, "r").and_then(|r| r.parse::<usize>().ok()).unwrap_or(next);
        next = n + 1;
        if matches!(attr(row, "hidden").as_deref(), Some("1" | "true")) {
            hidden.insert(n);
        }
    }
    let mut columns = BTreeSet::new();
    for col in tags(&xml, "col").filter(|c| matches!(attr(c, "hidden").as_deref(), Some("1" | "true"))) {
        let at = |a: &str| attr(col, a).and_then(|v| v.parse::<usize>().ok());
        if let (Some(min), Some(max)) = (at("min"), at("max")) {
            // LibreOffice writes the unused columns to the sheet's end as one hidden span; only
            // the first few hundred can hold anything.
            columns.extend(min..=max.min(min + 500));
        }
    }
    Ok((hidden, columns))
}

fn entry(zip: &mut zip::ZipArchive<std::fs::File>, name: &str) -> Result<String, String> {
    let mut f = zip.by_name(name).map_err(|_| format!("bagian {name} tidak ada"))?;
    let mut text = String::new();
    f.read_to_string(&mut text).map_err(|_| format!("bagian {name} rusak"))?;
    Ok(text)
}

/// The opening tags `<name …>` (or `<prefix:name …>`) of `xml`, as text.
fn tags<'a>(xml: &'a str, name: &'a str) -> impl Iterator<Item = &'a str> + 'a {
    xml.split('<').skip(1).filter_map(move |part| {
        let tag = part.split('>').next()?;
        let tag_name = tag.split([' ', '/', '\t', '\n', '\r']).next()?;
        (tag_name == name || tag_name.rsplit(':').next() == Some(name)).then_some(tag)
    })
}

/// The value of attribute `name` in an opening tag, unescaped.
fn attr(tag: &str, name: &str) -> Option<String> {
    let mut rest = tag;
    loop {
        let at = rest.find(name)?;
        let before_ok = at == 0 || rest[..at].ends_with([' ', '\t', '\n', '\r']);
        let after = rest[at + name.len()..].trim_start();
        if before_ok {
            if let Some(v) = after.strip_prefix('=') {
                let v = v.trim_start();
                let quote = v.chars().next()?;
                let body = &v[1..];
                let end = body.find(quote)?;
                return Some(
                    body[..end]
                        .replace("&lt;", "<")
                        .replace("&gt;", ">")
                        .replace("&quot;", "\"")
                        .replace("&apos;", "'")
                        .replace("&amp;", "&"),
                );
            }
        }
        rest = &rest[at + name.len()..];
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attributes_are_read_whatever_their_order_and_quotes() {
        assert_eq!(attr(r#"row r="5" spans="1:3" hidden="1""#, "hidden").as_deref(), Some("1"));
        assert_eq!(attr(r#"row hidden='true' r='7'"#, "r").as_deref(), Some("7"));
        assert_eq!(attr(r#"sheet name="Gaji &amp; Tunjangan" r:id="rId2""#, "name").as_deref(), Some("Gaji & Tunjangan"));
        assert_eq!(attr(r#"sheet name="A" r:id="rId2""#, "id"), None);
        assert_eq!(tags(r#"<sheetData><row r="1"/><row r="2" hidden="1"></row></sheetData>"#, "row").count(), 2);
    }
}
