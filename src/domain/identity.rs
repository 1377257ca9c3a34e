//! A city's identity: its colour (checked for contrast with white text, WCAG 2.2) and its logo
//! (a small PNG, JPEG or WebP image, recognised by its first bytes).

/// Minimum contrast between the city colour and the white text drawn on it (WCAG 2.2 AA,
/// success criterion 1.4.3, normal text).
pub const MIN_CONTRAST: f64 = 4.5;

/// Largest logo accepted, in bytes.
pub const MAX_LOGO_BYTES: usize = 64 * 1024;

/// An sRGB colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

pub const WHITE: Rgb = Rgb(255, 255, 255);

impl Rgb {
    /// `#rrggbb` (either case, surrounding spaces ignored); nothing else.
    pub fn parse(text: &str) -> Option<Rgb> {
        let hex = text.trim().strip_prefix('#')?;
        if hex.len() != 6 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let channel = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
        Some(Rgb(channel(0)?, channel(2)?, channel(4)?))
    }

    /// `#rrggbb`, lower case: the one stored and served form.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// WCAG relative luminance: 0 for black, 1 for white.
    pub fn relative_luminance(self) -> f64 {
        fn linear(c: u8) -> f64 {
            let c = f64::from(c) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        }
        0.2126 * linear(self.0) + 0.7152 * linear(self.1) + 0.0722 * linear(self.2)
    }
}

/// WCAG contrast ratio of two colours, from 1 (none) to 21 (black on white).
pub fn contrast_ratio(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (a.relative_luminance(), b.relative_luminance());
    let (light, dark) = if la >= lb { (la, lb) } else { (lb, la) };
    (light + 0.05) / (dark + 0.05)
}

/// The ratio as people read it, to two decimals (`4.48`); a refused colour never reads as
/// 4.50 (4.4996 shows as 4.49).
pub fn ratio_text(ratio: f64) -> String {
    let mut shown = (ratio * 100.0).round() / 100.0;
    if ratio < MIN_CONTRAST && shown >= MIN_CONTRAST {
        shown = MIN_CONTRAST - 0.01;
    }
    format!("{shown:.2}")
}

/// Why a city colour cannot be used.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ColourProblem {
    /// Not `#rrggbb`.
    Format,
    /// White text on it would be too faint: the measured ratio.
    Contrast(f64),
}

/// Checks a city colour as typed; `Ok(None)` when left empty (the site's own colour is used).
pub fn check_colour(text: &str) -> Result<Option<Rgb>, ColourProblem> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    let colour = Rgb::parse(text).ok_or(ColourProblem::Format)?;
    let ratio = contrast_ratio(colour, WHITE);
    if ratio < MIN_CONTRAST {
        return Err(ColourProblem::Contrast(ratio));
    }
    Ok(Some(colour))
}

/// The kinds of image a logo may be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogoKind {
    Png,
    Jpeg,
    Webp,
}

impl LogoKind {
    /// Recognised by the file's first bytes, whatever its name or declared type says.
    pub fn sniff(bytes: &[u8]) -> Option<LogoKind> {
        if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
            Some(LogoKind::Png)
        } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
            Some(LogoKind::Jpeg)
        } else if bytes.len() >= 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
            Some(LogoKind::Webp)
        } else {
            None
        }
    }

    pub fn content_type(self) -> &'static str {
        match self {
            LogoKind::Png => "image/png",
            LogoKind::Jpeg => "image/jpeg",
            LogoKind::Webp => "image/webp",
        }
    }

    /// The kind a stored content type names (only the three above are ever stored).
    pub fn from_content_type(content_type: &str) -> Option<LogoKind> {
        [LogoKind::Png, LogoKind::Jpeg, LogoKind::Webp].into_iter().find(|k| k.content_type() == content_type)
    }
}

/// Why an uploaded logo is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogoProblem {
    Empty,
    TooLarge,
    NotAnImage,
}

/// Checks an uploaded logo: present, at most [`MAX_LOGO_BYTES`], and a PNG, JPEG or WebP image.
pub fn check_logo(bytes: &[u8]) -> Result<LogoKind, LogoProblem> {
    if bytes.is_empty() {
        return Err(LogoProblem::Empty);
    }
    if bytes.len() > MAX_LOGO_BYTES {
        return Err(LogoProblem::TooLarge);
    }
    LogoKind::sniff(bytes).ok_or(LogoProblem::NotAnImage)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ratio(hex: &str) -> f64 {
        contrast_ratio(Rgb::parse(hex).unwrap(), WHITE)
    }

    #[test]
    fn contrast_of_known_pairs() {
        assert!((ratio("#000000") - 21.0).abs() < 1e-9, "black on white is 21:1");
        assert!((ratio("#ffffff") - 1.0).abs() < 1e-9, "white on white is 1:1");
        // The classic boundary: #767676 is the lightest grey that passes, #777777 fails.
        assert_eq!(ratio_text(ratio("#767676")), "4.54");
        assert_eq!(ratio_text(ratio("#777777")), "4.48");
        assert_eq!(ratio_text(4.4996), "4.49", "a refused colour never reads as 4.50");
        assert_eq!(ratio_text(21.0), "21.00");
        assert!(check_colour("#767676").is_ok());
        assert!(matches!(check_colour("#777777"), Err(ColourProblem::Contrast(r)) if r < MIN_CONTRAST));
        // Symmetric, and the site's own blue is far above the line.
        assert_eq!(contrast_ratio(WHITE, Rgb(0x0b, 0x4f, 0x8a)), ratio("#0b4f8a"));
        assert!(ratio("#0b4f8a") > 8.0);
    }

    #[test]
    fn colours_are_six_hex_digits_after_a_hash() {
        assert_eq!(Rgb::parse(" #0B4F8A "), Some(Rgb(0x0b, 0x4f, 0x8a)));
        assert_eq!(Rgb(0x0b, 0x4f, 0x8a).hex(), "#0b4f8a");
        for bad in ["0b4f8a", "#0b4f8", "#0b4f8a0", "#0g4f8a", "blue", "#", "#+b4f8a", "#éé4f8a"] {
            assert_eq!(Rgb::parse(bad), None, "{bad}");
            assert_eq!(check_colour(bad), Err(ColourProblem::Format), "{bad}");
        }
        assert_eq!(check_colour("  "), Ok(None), "empty keeps the site's colour");
    }

    #[test]
    fn logos_are_recognised_by_their_first_bytes() {
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
        assert_eq!(check_logo(&png), Ok(LogoKind::Png));
        assert_eq!(check_logo(&[0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10]), Ok(LogoKind::Jpeg));
        assert_eq!(check_logo(b"RIFF\x24\0\0\0WEBPVP8 "), Ok(LogoKind::Webp));
        assert_eq!(check_logo(b"<svg xmlns='http://www.w3.org/2000/svg'/>"), Err(LogoProblem::NotAnImage));
        assert_eq!(check_logo(b"GIF89a"), Err(LogoProblem::NotAnImage));
        assert_eq!(check_logo(b""), Err(LogoProblem::Empty));
        let mut big = png.clone();
        big.resize(MAX_LOGO_BYTES + 1, 0);
        assert_eq!(check_logo(&big), Err(LogoProblem::TooLarge));
        big.truncate(MAX_LOGO_BYTES);
        assert_eq!(check_logo(&big), Ok(LogoKind::Png));
        for k in [LogoKind::Png, LogoKind::Jpeg, LogoKind::Webp] {
            assert_eq!(LogoKind::from_content_type(k.content_type()), Some(k));
        }
        assert_eq!(LogoKind::from_content_type("image/svg+xml"), None);
    }
}
