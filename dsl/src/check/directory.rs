//! Directories: radix trees of tables indexed by slices of an ID (a device or process ID),
//! whose depth is chosen by a mode field and whose index split depends on the format of the
//! leaf entries. The checker resolves the mode, root, selector and entry names and checks that
//! every layout splits the ID into contiguous slices, root first, down to bit 0, and that each
//! table fits the declared table size.

use crate::ast;
use crate::check::layout::brackets;
use crate::check::{doc, section, Checker};
use crate::diag::Diagnostic;
use crate::ir;

impl<'a> Checker<'a> {
    pub(crate) fn check_directory(
        &mut self,
        d: &ast::Directory,
        regs: &[ir::Register],
        entries: &[ir::Entry],
    ) -> Option<ir::Directory> {
        let declared = self.declare_type(&d.name, "a directory");
        let ib = d.index_bits;
        if ib.lsb != 0 || ib.msb < ib.lsb || ib.msb >= 64 {
            self.error(
                Diagnostic::new(
                    "iommu::directory",
                    format!(
                        "the index `{}` must be bits [msb:0] of at most 64",
                        d.index.text
                    ),
                    ib.span,
                    "bad index range",
                )
                .help("give the ID's width as `[msb:0]`, e.g. `index device_id [23:0]`"),
            );
            return None;
        }
        let index_bits = ib.msb as u32 + 1;
        let mode = d
            .mode
            .as_ref()
            .and_then(|m| self.field_ref(m, regs, entries));
        let mode_enum = mode.as_ref().and_then(|(r, f)| match &f.ty {
            ir::FieldType::Enum { name } => self.enums.iter().find(|e| &e.name == name).cloned(),
            _ => {
                let m = d.mode.as_ref()?;
                self.error(
                    Diagnostic::new(
                        "iommu::directory",
                        format!("the mode `{}.{}` is not an enum field", r, f.name),
                        m.field.span,
                        "not an enum",
                    )
                    .help("the mode field's enum variants name the layouts: give the field an `enum` type"),
                );
                None
            }
        });
        let root = d.root.as_ref().and_then(|m| {
            let (owner, f) = self.field_ref(m, regs, entries)?;
            if !matches!(
                f.ty,
                ir::FieldType::Address { .. } | ir::FieldType::AddressShifted { .. }
            ) {
                self.error(
                    Diagnostic::new(
                        "iommu::directory",
                        format!("the root `{owner}.{}` is not an address field", f.name),
                        m.field.span,
                        "not an address",
                    )
                    .help("the root pointer is a field typed `address` or `address >> N`"),
                );
                return None;
            }
            Some(ir::FieldRef {
                owner,
                field: f.name.clone(),
            })
        });
        let entry_size = |n: &ast::Name, this: &mut Self| -> Option<u32> {
            match entries.iter().find(|e| e.name == n.text) {
                Some(e) => Some(e.size),
                None => {
                    this.unknown("entry", n, entries.iter().map(|e| e.name.as_str()), "");
                    None
                }
            }
        };
        let nonleaf_size = match &d.nonleaf {
            Some(n) => Some(entry_size(n, self)?),
            None => None,
        };
        let table = d.table.map(|t| t.value);
        if d.formats.is_empty() {
            self.error(
                Diagnostic::new(
                    "iommu::directory",
                    format!("directory `{}` declares no format", d.name.text),
                    d.name.span,
                    "no format",
                )
                .help("add `format NAME leaf ENTRY N bytes { MODE = [msb:lsb] ... }`"),
            );
        }
        self.check_unique(
            d.formats.iter().map(|f| &f.name),
            "format",
            &format!("directory `{}`", d.name.text),
        );
        let mut formats = Vec::new();
        for f in &d.formats {
            let select = f.select.as_ref().and_then(|(r, v)| {
                let (owner, field) = self.field_ref(r, regs, entries)?;
                if !self.value_fits(v.value, v.span, &field) {
                    return None;
                }
                Some(ir::Selector {
                    owner,
                    field: field.name.clone(),
                    value: v.value,
                })
            });
            let Some(leaf_entry) = entry_size(&f.leaf, self) else {
                continue;
            };
            let lb = f.leaf_bytes.value;
            if lb == 0 || !lb.is_power_of_two() || lb < 8 || lb > u64::from(leaf_entry) {
                self.error(
                    Diagnostic::new(
                        "iommu::directory",
                        format!(
                            "a leaf of {lb} bytes is not a power-of-two prefix of the {leaf_entry}-byte entry `{}`",
                            f.leaf.text
                        ),
                        f.leaf_bytes.span,
                        "bad leaf size",
                    )
                    .help("leaves are a power of two from 8 bytes up to the entry's size (a shorter format uses the entry's first bytes)"),
                );
                continue;
            }
            self.check_unique(
                f.layouts.iter().map(|l| &l.mode),
                "layout",
                &format!("format `{}`", f.name.text),
            );
            let mut layouts = Vec::new();
            for l in &f.layouts {
                let mode_value = match (&mode_enum, &d.mode) {
                    (Some(e), _) => match e.variants.iter().find(|v| v.name == l.mode.text) {
                        Some(v) => v.value,
                        None => {
                            self.unknown_in(
                                "variant",
                                &l.mode,
                                &format!("enum `{}`", e.name),
                                e.variants.iter().map(|v| v.name.as_str()),
                            );
                            continue;
                        }
                    },
                    (None, Some(_)) => continue,
                    (None, None) => 0,
                };
                if let Some(levels) = self.dir_levels(l, index_bits, nonleaf_size, lb as u32, table)
                {
                    layouts.push(ir::DirLayout {
                        mode: l.mode.text.clone(),
                        mode_value,
                        levels,
                    });
                }
            }
            formats.push(ir::DirFormat {
                name: f.name.text.clone(),
                select,
                leaf: f.leaf.text.clone(),
                leaf_size: lb as u32,
                doc: doc(&f.docs),
                layouts,
            });
        }
        if !declared {
            return None;
        }
        Some(ir::Directory {
            name: d.name.text.clone(),
            index: d.index.text.clone(),
            index_bits,
            mode: mode.map(|(owner, f)| ir::FieldRef {
                owner,
                field: f.name.clone(),
            }),
            root,
            nonleaf: d.nonleaf.as_ref().map(|n| n.text.clone()),
            nonleaf_size,
            table_size: table,
            section: section(&d.section),
            doc: doc(&d.docs),
            formats,
            loc: self.loc(d.name.span),
        })
    }

    /// The levels of one layout: slices of the ID, root first, contiguous down to bit 0.
    fn dir_levels(
        &mut self,
        l: &ast::DirLayout,
        index_bits: u32,
        nonleaf: Option<u32>,
        leaf: u32,
        table: Option<u64>,
    ) -> Option<Vec<ir::DirLevel>> {
        let n = l.levels.len();
        if n > 1 && nonleaf.is_none() {
            self.error(
                Diagnostic::new(
                    "iommu::directory",
                    format!(
                        "layout `{}` has {n} levels but the directory has no `nonleaf` entry",
                        l.mode.text
                    ),
                    l.mode.span,
                    "no non-leaf entry",
                )
                .help("name the entry of the upper levels: `nonleaf ENTRY`"),
            );
            return None;
        }
        let mut out = Vec::new();
        let mut expect_msb: Option<u64> = None;
        for (i, b) in l.levels.iter().enumerate() {
            let is_leaf = i + 1 == n;
            if b.msb < b.lsb || b.msb >= u64::from(index_bits) || b.msb - b.lsb >= 32 {
                self.error(
                    Diagnostic::new(
                        "iommu::directory",
                        format!(
                            "{} is not a slice of the {index_bits}-bit index",
                            brackets(b.lsb as u32, b.msb.min(255) as u32)
                        ),
                        b.span,
                        "outside the index",
                    )
                    .help(format!(
                        "slices lie within [{}:0] and are at most 32 bits",
                        index_bits - 1
                    )),
                );
                return None;
            }
            if let Some(m) = expect_msb {
                if b.msb != m {
                    self.error(
                        Diagnostic::new(
                            "iommu::directory",
                            format!(
                                "level {} of layout `{}` starts at bit {} but the level above ends at bit {}",
                                i,
                                l.mode.text,
                                b.msb,
                                m + 1
                            ),
                            b.span,
                            format!("expected [{m}:..]"),
                        )
                        .help("list the slices root first, each starting just below the one before, the last ending at bit 0"),
                    );
                    return None;
                }
            }
            if is_leaf && b.lsb != 0 {
                self.error(
                    Diagnostic::new(
                        "iommu::directory",
                        format!(
                            "the leaf level of layout `{}` does not reach bit 0",
                            l.mode.text
                        ),
                        b.span,
                        format!("bits [{}:0] index nothing", b.lsb - 1),
                    )
                    .help("the last slice, the leaf level, ends at bit 0"),
                );
                return None;
            }
            expect_msb = b.lsb.checked_sub(1);
            let entries = 1u64 << (b.msb - b.lsb + 1);
            let entry_size = if is_leaf { leaf } else { nonleaf.unwrap_or(8) };
            let bytes = entries * u64::from(entry_size);
            if let Some(t) = table {
                if bytes > t {
                    self.error(
                        Diagnostic::new(
                            "iommu::directory",
                            format!(
                                "{} indexes {entries} entries of {entry_size} bytes: {bytes} bytes, more than the {t}-byte table",
                                brackets(b.lsb as u32, b.msb as u32)
                            ),
                            b.span,
                            "table too large",
                        )
                        .help("check the slice against the specification: each table of the directory fits `table SIZE`"),
                    );
                    return None;
                }
            }
            out.push(ir::DirLevel {
                index_lsb: b.lsb as u32,
                index_msb: b.msb as u32,
                entries,
                entry_size,
                leaf: is_leaf,
            });
        }
        Some(out)
    }

    /// Resolves `OWNER.FIELD` against the registers, then the entries.
    fn field_ref(
        &mut self,
        r: &ast::FieldRef,
        regs: &[ir::Register],
        entries: &[ir::Entry],
    ) -> Option<(String, ir::Field)> {
        let fields = regs
            .iter()
            .find(|g| g.name == r.owner.text)
            .map(|g| (&g.fields, "register"))
            .or_else(|| {
                entries
                    .iter()
                    .find(|e| e.name == r.owner.text)
                    .map(|e| (&e.fields, "entry"))
            });
        let Some((fields, what)) = fields else {
            let names: Vec<&str> = regs
                .iter()
                .map(|g| g.name.as_str())
                .chain(entries.iter().map(|e| e.name.as_str()))
                .collect();
            self.unknown("register or entry", &r.owner, names, "");
            return None;
        };
        match fields.iter().find(|f| f.name == r.field.text) {
            Some(f) => Some((r.owner.text.clone(), f.clone())),
            None => {
                self.unknown_in(
                    "field",
                    &r.field,
                    &format!("{what} `{}`", r.owner.text),
                    fields.iter().map(|f| f.name.as_str()),
                );
                None
            }
        }
    }
}
