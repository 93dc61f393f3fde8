//! An image's real format, from its first bytes, and its dimensions, from its header only
//! (`imagesize`): enough to check a file against an API's limits in microseconds.

/// The format the first bytes of a file say, as the OCR documentation names formats (`JPEG`,
/// `PNG`, …), or a name for the formats OCR never lists (`HEIC`, `AVIF`, `SVG`).
pub fn format(bytes: &[u8]) -> Option<&'static str> {
    let at = |i: usize, magic: &[u8]| bytes.get(i..i + magic.len()) == Some(magic);
    Some(match () {
        () if at(0, b"\xFF\xD8\xFF") => "JPEG",
        () if at(0, b"\x89PNG\r\n\x1a\n") => "PNG",
        () if at(0, b"GIF87a") || at(0, b"GIF89a") => "GIF",
        () if at(0, b"BM") && bytes.len() > 14 => "BMP",
        () if at(0, b"II*\0") || at(0, b"MM\0*") => "TIFF",
        () if at(0, b"RIFF") && at(8, b"WEBP") => "WEBP",
        () if at(0, b"%PDF-") => "PDF",
        () if at(0, b"8BPS") => "PSD",
        () if at(0, b"\0\0\x01\0") => "ICO",
        () if bytes.len() > 3 && bytes[0] == 0x0A && bytes[1] <= 5 && bytes[2] == 1 => "PCX",
        () if at(4, b"ftypavif") || at(4, b"ftypavis") => "AVIF",
        () if at(4, b"ftyp")
            && ["heic", "heix", "hevc", "heim", "heis", "mif1", "msf1"]
                .iter()
                .any(|b| at(8, b.as_bytes())) =>
        {
            "HEIC"
        }
        () if at(0, b"\0\0\0\x0CjP  ") || at(0, b"\xFF\x4F\xFF\x51") => "JPEG 2000",
        () if at(0, b"\xFF\x0A") || at(0, b"\0\0\0\x0CJXL ") => "JPEG XL",
        () if at(0, b"PK\x03\x04") => "ZIP (OFD, DOCX, …)",
        () if is_svg(bytes) => "SVG",
        () => return None,
    })
}

fn is_svg(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(512)];
    let text = String::from_utf8_lossy(head);
    let t = text.trim_start_matches('\u{feff}').trim_start();
    (t.starts_with("<?xml") || t.starts_with("<svg") || t.starts_with("<!DOCTYPE svg"))
        && text.contains("<svg")
}

/// Whether a format is among those a list names (`JPG` is `JPEG`, `TIF` is `TIFF`).
pub fn accepted(format: &str, formats: &[String]) -> bool {
    let same = |a: &str, b: &str| {
        let canon = |s: &str| match s {
            "JPG" => "JPEG".to_string(),
            "TIF" => "TIFF".to_string(),
            s => s.to_string(),
        };
        canon(a) == canon(b)
    };
    formats.iter().any(|f| same(f, format))
}

/// Width and height, from the header.
pub fn dimensions(bytes: &[u8]) -> Option<(u64, u64)> {
    let size = imagesize::blob_size(bytes).ok()?;
    Some((size.width as u64, size.height as u64))
}

/// The length of the Base64 of `n` bytes (padded, no line breaks).
pub fn base64_len(n: usize) -> usize {
    n.div_ceil(3) * 4
}

/// Decodes standard or URL-safe Base64 (padding optional, whitespace ignored); `Err` with the
/// offset of the first byte that is not Base64.
pub fn base64_decode(text: &[u8]) -> Result<Vec<u8>, usize> {
    let mut out = Vec::with_capacity(text.len() / 4 * 3);
    let (mut acc, mut bits) = (0u32, 0);
    let mut padding = false;
    for (i, &c) in text.iter().enumerate() {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' | b'-' => 62,
            b'/' | b'_' => 63,
            b'=' => {
                padding = true;
                continue;
            }
            b' ' | b'\n' | b'\r' | b'\t' => continue,
            _ => return Err(i),
        };
        if padding {
            return Err(i);
        }
        acc = acc << 6 | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_are_told_by_their_first_bytes() {
        assert_eq!(format(b"\xFF\xD8\xFF\xE0\0\x10JFIF"), Some("JPEG"));
        assert_eq!(format(b"\0\0\0\x18ftypheic\0\0\0\0"), Some("HEIC"));
        assert_eq!(format(b"\0\0\0\x1cftypavif\0\0\0\0"), Some("AVIF"));
        assert_eq!(format(b"<?xml version=\"1.0\"?>\n<svg xmlns="), Some("SVG"));
        assert_eq!(format(b"RIFF\0\0\0\0WEBPVP8 "), Some("WEBP"));
        assert_eq!(format(b"hello"), None);
        let jpeg = ["JPEG".to_string(), "TIF".to_string()];
        assert!(accepted("JPEG", &jpeg) && accepted("TIFF", &jpeg) && !accepted("HEIC", &jpeg));
    }

    #[test]
    fn base64_is_decoded_and_its_first_bad_byte_found() {
        assert_eq!(base64_decode(b"aGVsbG8="), Ok(b"hello".to_vec()));
        assert_eq!(base64_decode(b"aGVs\nbG8"), Ok(b"hello".to_vec()));
        assert_eq!(base64_decode(b"aGV*bG8="), Err(3));
        assert_eq!(base64_len(3), 4);
        assert_eq!(base64_len(4), 8);
    }
}
