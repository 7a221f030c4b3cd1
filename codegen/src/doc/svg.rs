//! Bit-field diagrams as inline SVG: a layout is drawn one row per 64-bit word (a narrower layout,
//! a 32-bit register, is one row of its width), most significant bit on the left. Every bit is
//! `BIT_W` pixels wide in every diagram, so widths compare across a page. Fields are boxes
//! labelled with their name (inside when it fits, else written vertically under the row) and
//! with their bit numbers above the row; reserved and implementation-defined ranges are shaded.

use std::fmt::Write as _;

use super::html::esc;

/// Width of one bit, in pixels.
pub const BIT_W: u32 = 16;
/// Room left of each row for the word label.
pub const LEFT: u32 = 76;
/// Room right of each row.
pub const RIGHT: u32 = 4;
/// Height of the bit-number band above a row.
const NUM_H: u32 = 14;
/// Height of a row's boxes.
const ROW_H: u32 = 30;
/// Gap below a row (and its vertical labels).
const GAP: u32 = 10;
/// Approximate width of one character of the 11px label font.
const CHAR_W: f32 = 6.7;
/// Approximate width of one digit of the bit-number font (8px).
const NUM_CHAR_W: f32 = 4.9;

/// What a drawn range is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PartKind {
    /// A named field.
    Field,
    /// A queue's opcode field (named, drawn like a field, shaded differently).
    Opcode,
    /// RES0 bits.
    Res0,
    /// RES1 bits.
    Res1,
    /// IMPLEMENTATION DEFINED bits.
    ImpDef,
    /// A shaded range that is not a field, labelled with its name (the page offset of an
    /// input address).
    Other,
}

impl PartKind {
    fn class(self) -> &'static str {
        match self {
            PartKind::Field => "field",
            PartKind::Opcode => "field opcode",
            PartKind::Res0 => "rsv res0",
            PartKind::Res1 => "rsv res1",
            PartKind::ImpDef => "rsv impdef",
            PartKind::Other => "rsv other",
        }
    }

    fn label(self) -> &'static str {
        match self {
            PartKind::Res0 => "RES0",
            PartKind::Res1 => "RES1",
            PartKind::ImpDef => "IMPDEF",
            _ => "",
        }
    }
}

/// One range of bits to draw.
#[derive(Debug, Clone)]
pub struct Part {
    pub name: String,
    pub lsb: u32,
    pub msb: u32,
    pub kind: PartKind,
    /// Where a click on the box goes.
    pub href: Option<String>,
}

/// Bits per row of a layout `total` bits wide.
pub fn row_bits(total: u32) -> u32 {
    total.clamp(1, 64)
}

/// The pixel width of a diagram of a layout `total` bits wide.
pub fn width(total: u32) -> u32 {
    LEFT + row_bits(total) * BIT_W + RIGHT
}

fn range(msb: u32, lsb: u32) -> String {
    if msb == lsb {
        format!("[{msb}]")
    } else {
        format!("[{msb}:{lsb}]")
    }
}

/// Draws `parts` (which together cover bits `[total-1:0]`; ranges crossing a row are split) as an
/// SVG element. `caption` is the diagram's accessible name.
pub fn diagram(total: u32, parts: &[Part], caption: &str) -> String {
    let rb = row_bits(total);
    let rows = total.div_ceil(rb);
    // Split every part at row boundaries.
    let mut per_row: Vec<Vec<(u32, u32, &Part)>> = vec![Vec::new(); rows as usize];
    for p in parts {
        let mut lo = p.lsb;
        while lo <= p.msb && lo < total {
            let row = lo / rb;
            let hi = p.msb.min((row + 1) * rb - 1);
            per_row[row as usize].push((hi, lo, p));
            lo = hi + 1;
        }
    }
    let mut body = String::new();
    let mut y = 0;
    for (r, segs) in per_row.iter_mut().enumerate() {
        segs.sort_by_key(|s| std::cmp::Reverse(s.0));
        let r = r as u32;
        let row_lo = r * rb;
        let row_hi = (row_lo + rb - 1).min(total - 1);
        let bits_here = row_hi - row_lo + 1;
        let x_of = |bit: u32| LEFT + (row_hi - bit) * BIT_W;
        let top = y + NUM_H;
        // Vertical labels of fields too narrow for their name.
        let below = segs
            .iter()
            .filter(|(hi, lo, p)| {
                matches!(p.kind, PartKind::Field | PartKind::Opcode)
                    && !fits(&p.name, (hi - lo + 1) * BIT_W)
            })
            .map(|(_, _, p)| (p.name.chars().count() as f32 * CHAR_W) as u32 + 8)
            .max()
            .unwrap_or(0);
        let word_label = if rows > 1 {
            format!("word {r}")
        } else {
            format!("{total} bits")
        };
        let _ = write!(
            body,
            "<text class=\"word\" x=\"4\" y=\"{}\">{word_label}</text>",
            top + ROW_H / 2 + 4
        );
        let _ = write!(
            body,
            "<rect class=\"row\" data-lsb=\"{row_lo}\" data-msb=\"{row_hi}\" x=\"{LEFT}\" y=\"{top}\" width=\"{}\" height=\"{ROW_H}\"/>",
            bits_here * BIT_W
        );
        // Bit numbers, left to right; one that would touch its left neighbour is left out (the
        // title and the field table still give the range).
        let mut shown = Vec::new();
        let mut right_edge = 0.0f32;
        for &(hi, lo, _) in segs.iter() {
            let x = x_of(hi);
            let w = (hi - lo + 1) * BIT_W;
            let mut nums = vec![(hi, x + BIT_W / 2)];
            if hi != lo {
                nums.push((lo, x + w - BIT_W / 2));
            }
            for (n, cx) in nums {
                let half = n.to_string().len() as f32 * NUM_CHAR_W / 2.0;
                let keep = cx as f32 - half >= right_edge + 1.0;
                if keep {
                    right_edge = cx as f32 + half;
                }
                shown.push(keep);
            }
        }
        let mut shown = shown.into_iter();
        for &(hi, lo, p) in segs.iter() {
            let x = x_of(hi);
            let w = (hi - lo + 1) * BIT_W;
            let title = if matches!(p.kind, PartKind::Field | PartKind::Opcode | PartKind::Other) {
                format!("{} {}", p.name, range(p.msb, p.lsb))
            } else {
                format!("{} {}", p.kind.label(), range(p.msb, p.lsb))
            };
            let name_attr = if matches!(p.kind, PartKind::Field | PartKind::Opcode) {
                format!(" data-name=\"{}\"", esc(&p.name))
            } else {
                String::new()
            };
            let _ = write!(
                body,
                "<g class=\"{}\"{name_attr} data-lsb=\"{lo}\" data-msb=\"{hi}\"><title>{}</title>",
                p.kind.class(),
                esc(&title)
            );
            let open_link = p.href.as_ref().map(|h| {
                let _ = write!(body, "<a href=\"{}\">", esc(h));
            });
            let _ = write!(
                body,
                "<rect class=\"box\" x=\"{x}\" y=\"{top}\" width=\"{w}\" height=\"{ROW_H}\"/>"
            );
            let cx = x + w / 2;
            let label = match p.kind {
                PartKind::Field | PartKind::Opcode | PartKind::Other => p.name.as_str(),
                k => k.label(),
            };
            if fits(label, w) {
                let _ = write!(
                    body,
                    "<text class=\"name\" x=\"{cx}\" y=\"{}\" text-anchor=\"middle\">{}</text>",
                    top + ROW_H / 2 + 4,
                    esc(label)
                );
            } else if matches!(p.kind, PartKind::Field | PartKind::Opcode) {
                let ly = top + ROW_H + 4;
                let _ = write!(
                    body,
                    "<text class=\"name vertical\" x=\"{}\" y=\"{ly}\" transform=\"rotate(90 {} {ly})\">{}</text>",
                    cx - 4,
                    cx - 4,
                    esc(label)
                );
            }
            if open_link.is_some() {
                body.push_str("</a>");
            }
            // Bit numbers: the msb over the left edge, the lsb over the right edge.
            let ny = y + NUM_H - 3;
            if shown.next() == Some(true) {
                let _ = write!(
                    body,
                    "<text class=\"bit\" x=\"{}\" y=\"{ny}\" text-anchor=\"middle\">{hi}</text>",
                    x + BIT_W / 2
                );
            }
            if hi != lo && shown.next() == Some(true) {
                let _ = write!(
                    body,
                    "<text class=\"bit\" x=\"{}\" y=\"{ny}\" text-anchor=\"middle\">{lo}</text>",
                    x + w - BIT_W / 2
                );
            }
            body.push_str("</g>");
        }
        y = top + ROW_H + below + GAP;
    }
    let w = width(total);
    format!(
        "<svg class=\"bitfield\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"{}\" data-bits=\"{total}\" data-row-bits=\"{rb}\" data-bit-width=\"{BIT_W}\" width=\"{w}\" height=\"{y}\" viewBox=\"0 0 {w} {y}\">{body}</svg>",
        esc(caption)
    )
}

/// Whether `label` fits inside a box `w` pixels wide.
fn fits(label: &str, w: u32) -> bool {
    (label.chars().count() as f32 * CHAR_W) + 6.0 <= w as f32
}

/// Patterns the diagrams of a page refer to, defined once per page.
pub const DEFS: &str = "<svg class=\"defs\" width=\"0\" height=\"0\" aria-hidden=\"true\"><defs>\
<pattern id=\"hatch-res0\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#ececec\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#c4c4c4\" stroke-width=\"2\"/></pattern>\
<pattern id=\"hatch-res1\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(-45)\"><rect width=\"6\" height=\"6\" fill=\"#dde3ee\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#a9b6cc\" stroke-width=\"2\"/></pattern>\
<pattern id=\"hatch-impdef\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#fbefd5\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#e2c37e\" stroke-width=\"2\"/></pattern>\
</defs></svg>";

#[cfg(test)]
mod tests {
    use super::*;

    fn part(name: &str, msb: u32, lsb: u32, kind: PartKind) -> Part {
        Part {
            name: name.into(),
            lsb,
            msb,
            kind,
            href: None,
        }
    }

    #[test]
    fn a_32_bit_register_is_one_row_of_32_bits() {
        let s = diagram(
            32,
            &[
                part("EN", 0, 0, PartKind::Field),
                part("", 31, 1, PartKind::Res0),
            ],
            "CTRL",
        );
        assert_eq!(s.matches("class=\"row\"").count(), 1);
        assert!(s.contains(&format!("width=\"{}\"", LEFT + 32 * BIT_W + RIGHT)));
        assert!(s.contains("data-name=\"EN\" data-lsb=\"0\" data-msb=\"0\""));
    }

    #[test]
    fn multi_word_layouts_get_a_row_per_word_and_split_reserved_ranges() {
        let s = diagram(
            128,
            &[
                part("A", 63, 0, PartKind::Field),
                part("", 127, 64, PartKind::Res0),
            ],
            "E",
        );
        assert_eq!(s.matches("class=\"row\"").count(), 2);
        assert!(s.contains("word 1"));
        assert!(s.contains("data-lsb=\"64\" data-msb=\"127\""));
    }

    #[test]
    fn names_are_escaped() {
        let s = diagram(8, &[part("a<b", 7, 0, PartKind::Field)], "x&y");
        assert!(s.contains("a&lt;b") && s.contains("x&amp;y") && !s.contains("a<b"));
    }
}
