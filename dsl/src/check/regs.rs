//! Register blocks: offsets inside their block, alignment, no two registers on the same bytes,
//! and the handshakes (`acked_by`, `toggled_by`, `alias_of`) naming compatible registers.

use std::collections::HashMap;

use crate::ast;
use crate::check::layout::brackets;
use crate::check::{doc, section, Checker};
use crate::diag::Diagnostic;
use crate::ir;

impl<'a> Checker<'a> {
    pub(crate) fn check_registers(
        &mut self,
        blocks: &[&ast::RegBlock],
    ) -> (Vec<ir::RegisterBlock>, Vec<ir::Register>) {
        self.check_unique(
            blocks.iter().map(|b| &b.name),
            "register block",
            "this spec",
        );
        let mut out_blocks = Vec::new();
        let mut regs = Vec::new();
        let mut reg_ast: Vec<&ast::Register> = Vec::new();
        for (i, b) in blocks.iter().enumerate() {
            if b.size.value == 0 {
                self.error(
                    Diagnostic::new(
                        "iommu::block",
                        format!("register block `{}` has size 0", b.name.text),
                        b.size.span,
                        "empty",
                    )
                    .help("give the size of the MMIO region, e.g. `size 0x10000`"),
                );
            }
            for other in &blocks[..i] {
                let (a0, a1) = (
                    other.base.value,
                    other.base.value.saturating_add(other.size.value),
                );
                let (b0, b1) = (b.base.value, b.base.value.saturating_add(b.size.value));
                if b0 < a1 && a0 < b1 {
                    self.error(
                        Diagnostic::new(
                            "iommu::block",
                            format!(
                                "register blocks `{}` and `{}` overlap",
                                other.name.text, b.name.text
                            ),
                            b.base.span,
                            format!("{:#x}..{:#x}", b0, b1),
                        )
                        .label(other.base.span, format!("{:#x}..{:#x}", a0, a1))
                        .help("blocks are disjoint regions of the device's MMIO space"),
                    );
                }
            }
            out_blocks.push(ir::RegisterBlock {
                name: b.name.text.clone(),
                base: b.base.value,
                size: b.size.value,
                doc: doc(&b.docs),
            });
            let mut placed: Vec<(u64, u64, &ast::Register)> = Vec::new();
            for r in &b.registers {
                let bytes = r.width.value / 8;
                let off = r.offset.value;
                let array = self.check_array(r, bytes);
                // The bytes the register (every element of an array) occupies.
                let extent = array.map_or(bytes, |a| {
                    (a.last - a.first)
                        .saturating_mul(a.stride)
                        .saturating_add(bytes)
                });
                if off % bytes != 0 {
                    self.error(
                        Diagnostic::new(
                            "iommu::register",
                            format!("{}-bit register `{}` at {off:#x} is not {bytes}-byte aligned", r.width.value, r.name.text),
                            r.offset.span,
                            "misaligned",
                        )
                        .help(format!("registers are naturally aligned: use an offset that is a multiple of {bytes}")),
                    );
                }
                if off.saturating_add(extent) > b.size.value {
                    self.error(
                        Diagnostic::new(
                            "iommu::register",
                            format!("register `{}` at {off:#x} is outside block `{}` (size {:#x})", r.name.text, b.name.text, b.size.value),
                            r.offset.span,
                            "past the end of the block",
                        )
                        .label(b.size.span, "block size")
                        .help("offsets are relative to the block's base; check the offset or the block size"),
                    );
                }
                let views = |a: &ast::Register, b: &ast::Register| {
                    a.alias_of.as_ref().is_some_and(|n| n.text == b.name.text)
                        || b.alias_of.as_ref().is_some_and(|n| n.text == a.name.text)
                };
                let elements: Vec<u64> = array.map_or(vec![off], |a| {
                    (0..=a.last - a.first)
                        .map(|i| off.saturating_add(i.saturating_mul(a.stride)))
                        .collect()
                });
                if let Some((_, _, prev)) = placed.iter().find(|(s, e, p)| {
                    !views(p, r)
                        && elements
                            .iter()
                            .any(|&o| o < *e && *s < o.saturating_add(bytes))
                }) {
                    self.error(
                        Diagnostic::new(
                            "iommu::register",
                            format!("registers `{}` and `{}` share bytes of block `{}`", prev.name.text, r.name.text, b.name.text),
                            r.offset.span,
                            format!("{off:#x}..{:#x}", off.saturating_add(bytes)),
                        )
                        .label(prev.offset.span, format!("`{}` is here", prev.name.text))
                        .help("give each register its own offset; another view of a register is declared with `alias_of` at its own offset"),
                    );
                }
                placed.extend(elements.iter().map(|&o| (o, o.saturating_add(bytes), r)));
                if !self.declare_type(&r.name, "a register") {
                    continue;
                }
                if let Some(reset) = r.reset {
                    if r.width.value < 64 && reset.value >> r.width.value != 0 {
                        self.error(
                            Diagnostic::new(
                                "iommu::reset",
                                format!(
                                    "reset value {:#x} does not fit in {} bits",
                                    reset.value, r.width.value
                                ),
                                reset.span,
                                "too wide",
                            )
                            .help("the reset value is the whole register's value"),
                        );
                    }
                }
                let (fields, reserved) =
                    self.check_layout(&r.name, "register", r.width.value as u32, &r.members, &[]);
                regs.push(ir::Register {
                    name: r.name.text.clone(),
                    block: b.name.text.clone(),
                    offset: b.base.value.saturating_add(off),
                    block_offset: off,
                    width: r.width.value as u32,
                    access: match r.access.0 {
                        ast::Access::Ro => ir::Access::Ro,
                        ast::Access::Rw => ir::Access::Rw,
                        ast::Access::Wo => ir::Access::Wo,
                    },
                    reset: r.reset.map(|n| n.value),
                    acked_by: r.acked_by.as_ref().map(|n| n.text.clone()),
                    toggled_by: r.toggled_by.as_ref().map(|n| n.text.clone()),
                    alias_of: r.alias_of.as_ref().map(|n| n.text.clone()),
                    array,
                    section: section(&r.section),
                    doc: doc(&r.docs),
                    fields,
                    reserved,
                    loc: self.loc(r.name.span),
                });
                reg_ast.push(r);
            }
        }
        self.check_handshakes(&regs, &reg_ast);
        for (r, a) in regs.iter().zip(&reg_ast) {
            self.check_inner_handshake(r, a);
        }
        (out_blocks, regs)
    }

    /// `NAME[first..last]` and `stride`: element numbers in order, elements far enough apart.
    fn check_array(&mut self, r: &ast::Register, bytes: u64) -> Option<ir::RegArray> {
        let Some((first, last)) = r.array else {
            if let Some(s) = r.stride {
                self.error(
                    Diagnostic::new(
                        "iommu::register",
                        format!("`{}` has a stride but is not an array", r.name.text),
                        s.span,
                        "stride of a single register",
                    )
                    .help(format!(
                        "declare the elements: `{}[1..31] @ ... stride {}`, or drop `stride`",
                        r.name.text, s.value
                    )),
                );
            }
            return None;
        };
        if first.value > last.value {
            self.error(
                Diagnostic::new(
                    "iommu::register",
                    format!(
                        "register array `{}[{}..{}]` runs backwards",
                        r.name.text, first.value, last.value
                    ),
                    first.span.join(last.span),
                    "first element after the last",
                )
                .help("write the first element number first: `[1..31]`"),
            );
            return None;
        }
        let stride = r.stride.map_or(bytes, |s| s.value);
        if stride < bytes || !stride.is_multiple_of(bytes) {
            let span = r.stride.map_or(r.name.span, |s| s.span);
            self.error(
                Diagnostic::new(
                    "iommu::register",
                    format!(
                        "elements of `{}` are {stride} bytes apart but each is {bytes} bytes wide",
                        r.name.text
                    ),
                    span,
                    "elements overlap or are misaligned",
                )
                .help(format!(
                    "the stride is a multiple of {bytes}, at least {bytes}"
                )),
            );
            return None;
        }
        Some(ir::RegArray {
            first: first.value,
            last: last.value,
            stride,
        })
    }

    /// `busy` and `acks`: the on/busy handshake inside one register.
    fn check_inner_handshake(&mut self, r: &ir::Register, a: &ast::Register) {
        let fields: Vec<&ast::Field> = a
            .members
            .iter()
            .filter_map(|m| match m {
                ast::Member::Field(f) => Some(f),
                ast::Member::Reserved(..) => None,
            })
            .collect();
        let access_of = |f: &ir::Field| f.access.unwrap_or(r.access);
        let mut busy_seen: Option<crate::source::Span> = None;
        for fa in &fields {
            let Some(f) = r.fields.iter().find(|f| f.name == fa.name.text) else {
                continue;
            };
            for m in &fa.mods {
                match m {
                    ast::Modifier::Busy(span) => {
                        if f.width() != 1 || access_of(f) != ir::Access::Ro {
                            self.error(
                                Diagnostic::new(
                                    "iommu::handshake",
                                    format!("busy field `{}` must be one read-only bit", f.name),
                                    *span,
                                    "not a read-only bit",
                                )
                                .label(fa.bits.span, format!("{} bit(s), {:?}", f.width(), access_of(f)).to_lowercase())
                                .help("the hardware sets a busy bit while a write takes effect; declare it `[n] ro busy`"),
                            );
                        }
                        if let Some(prev) = busy_seen {
                            self.error(
                                Diagnostic::new(
                                    "iommu::handshake",
                                    format!("register `{}` has two busy fields", r.name),
                                    *span,
                                    "second busy field",
                                )
                                .label(prev, "first busy field")
                                .help("a register has one busy bit; mark only it `busy`"),
                            );
                        }
                        busy_seen = Some(*span);
                    }
                    ast::Modifier::Acks(target, span) => {
                        let Some(t) = r.fields.iter().find(|t| t.name == target.text) else {
                            self.unknown_in(
                                "field",
                                target,
                                &format!("register `{}`", r.name),
                                r.fields.iter().map(|f| f.name.as_str()),
                            );
                            continue;
                        };
                        if access_of(f) != ir::Access::Ro {
                            self.error(
                                Diagnostic::new(
                                    "iommu::handshake",
                                    format!("`{}` acknowledges `{}` but is writable", f.name, t.name),
                                    *span,
                                    "the acknowledging field",
                                )
                                .help("the hardware sets the acknowledging (on/active) field: declare it `ro`"),
                            );
                        }
                        if access_of(t) == ir::Access::Ro {
                            self.error(
                                Diagnostic::new(
                                    "iommu::handshake",
                                    format!("`{}` acknowledges `{}`, which software cannot write", f.name, t.name),
                                    target.span,
                                    "read-only",
                                )
                                .help("`acks` names the enable field software writes; it must be writable"),
                            );
                        }
                        if t.width() != f.width() || t.name == f.name {
                            self.error(
                                Diagnostic::new(
                                    "iommu::handshake",
                                    format!(
                                        "`{}` ({} bits) cannot acknowledge `{}` ({} bits)",
                                        f.name,
                                        f.width(),
                                        t.name,
                                        t.width()
                                    ),
                                    target.span,
                                    "different field widths",
                                )
                                .help(
                                    "an acknowledging field has the width of the field it follows",
                                ),
                            );
                        }
                    }
                    _ => {}
                }
            }
        }
    }

    fn check_handshakes(&mut self, regs: &[ir::Register], asts: &[&ast::Register]) {
        let index: HashMap<&str, usize> = regs
            .iter()
            .enumerate()
            .map(|(i, r)| (r.name.as_str(), i))
            .collect();
        for (r, a) in regs.iter().zip(asts) {
            let links = [
                (&a.acked_by, "acked_by"),
                (&a.toggled_by, "toggled_by"),
                (&a.alias_of, "alias_of"),
            ];
            for (link, kw) in links {
                let Some(target) = link else { continue };
                let Some(&ti) = index.get(target.text.as_str()) else {
                    self.unknown("register", target, regs.iter().map(|r| r.name.as_str()), "");
                    continue;
                };
                let t = &regs[ti];
                if t.name == r.name {
                    self.error(
                        Diagnostic::new(
                            "iommu::handshake",
                            format!("`{}` names itself in `{kw}`", r.name),
                            target.span,
                            "itself",
                        )
                        .help("name the partner register"),
                    );
                    continue;
                }
                if t.width != r.width {
                    self.error(
                        Diagnostic::new(
                            "iommu::handshake",
                            format!(
                                "`{kw} {}`: `{}` is {} bits wide but `{}` is {}",
                                t.name, r.name, r.width, t.name, t.width
                            ),
                            target.span,
                            format!("{}-bit register", t.width),
                        )
                        .label(a.width.span, format!("{}-bit register", r.width))
                        .help(format!(
                            "the registers of {} `{kw}` pair have the same width",
                            article(kw)
                        )),
                    );
                    continue;
                }
                let mut shared = 0;
                for f in &r.fields {
                    let Some(g) = t.fields.iter().find(|g| g.name == f.name) else {
                        continue;
                    };
                    shared += 1;
                    if (f.lsb, f.msb) != (g.lsb, g.msb) {
                        let fspan = a.members.iter().find_map(|m| match m {
                            ast::Member::Field(x) if x.name.text == f.name => Some(x.bits.span),
                            _ => None,
                        });
                        let gspan = asts[ti].members.iter().find_map(|m| match m {
                            ast::Member::Field(x) if x.name.text == g.name => Some(x.bits.span),
                            _ => None,
                        });
                        self.error(
                            Diagnostic::new(
                                "iommu::handshake",
                                format!(
                                    "field `{}` is at {} in `{}` but at {} in its `{kw}` partner `{}`",
                                    f.name,
                                    brackets(f.lsb, f.msb),
                                    r.name,
                                    brackets(g.lsb, g.msb),
                                    t.name
                                ),
                                fspan.unwrap_or(a.name.span),
                                format!("in `{}`", r.name),
                            )
                            .label(gspan.unwrap_or(target.span), format!("in `{}`", t.name))
                            .help(format!("the registers of {} `{kw}` pair keep shared fields at the same bits", article(kw))),
                        );
                    }
                }
                if shared == 0 && kw != "alias_of" && !r.fields.is_empty() {
                    self.error(
                        Diagnostic::new(
                            "iommu::handshake",
                            format!(
                                "`{}` and its `{kw}` partner `{}` share no field",
                                r.name, t.name
                            ),
                            target.span,
                            "no field in common",
                        )
                        .help("the handshake compares fields of the same name; check the names"),
                    );
                }
            }
        }
    }
}

/// "a" or "an" before a keyword.
fn article(word: &str) -> &'static str {
    if word.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    }
}
