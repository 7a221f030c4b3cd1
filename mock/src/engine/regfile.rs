//! The register file, driven by a table the mock backend generates from a spec
//! (`generated/<spec>/mock/regfile.rs`, one [`RegRow`] per register). It knows nothing about
//! any architecture: it stores register values,
//! resolves offsets (aliases forwarded to their target, 32-bit halves of 64-bit registers),
//! masks software writes by access kind (read-only registers and fields, write-1-to-clear bits),
//! and implements the spec's handshakes: after the device has acted on a write, `acknowledge`
//! copies the shared fields into the `acked_by` partner and clears self-clearing bits; `raise`
//! and `active` implement `toggled_by` error registers (a bit is active while it differs from
//! the partner's).
//!
//! Indices are positions in the table. Every method takes any index: an index that is not in
//! the table reads as 0 and ignores writes, so the model never panics on a lookup miss.

use std::collections::HashMap;

/// How software may access a register (the generated tables' `RegAccess`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Access {
    /// Reads only; writes are ignored.
    ReadOnly,
    /// Reads and writes.
    ReadWrite,
    /// Writes only; reads return zero.
    WriteOnly,
}

/// A handshake partner: its offset and the mask of the fields both registers share.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Partner {
    /// The partner's absolute offset.
    pub offset: usize,
    /// The shared fields.
    pub shared: u64,
}

/// One row of a generated register table, as the engine reads it. Every generated table has
/// its own `RegSpec` type; the crate's `impl_reg_row!` macro implements this
/// trait for one.
pub trait RegRow: 'static {
    /// The architectural name.
    fn name(&self) -> &'static str;
    /// Absolute byte offset from the MMIO base.
    fn offset(&self) -> usize;
    /// 32 or 64.
    fn width(&self) -> u32;
    /// Access kind of the register as a whole.
    fn access(&self) -> Access;
    /// The value after reset.
    fn reset(&self) -> u64;
    /// Bits software may write.
    fn writable(&self) -> u64;
    /// Write-1-to-clear bits.
    fn w1c(&self) -> u64;
    /// Bits the device clears once it has acted on a write of 1.
    fn self_clearing(&self) -> u64;
    /// RES0 bits.
    fn res0(&self) -> u64;
    /// RES1 bits.
    fn res1(&self) -> u64;
    /// The register whose shared fields reflect this one once a write has taken effect.
    fn acked_by(&self) -> Option<Partner>;
    /// The register whose shared bits software toggles to acknowledge active bits here.
    fn toggled_by(&self) -> Option<Partner>;
    /// The name of the register this one is another view of.
    fn alias_of(&self) -> Option<&'static str>;
}

/// Implements [`RegRow`] for the `RegSpec` of a generated register table, given the module the
/// table was included as (`impl_reg_row!(table)`).
macro_rules! impl_reg_row {
    ($table:ident) => {
        impl $crate::engine::regfile::RegRow for $table::RegSpec {
            fn name(&self) -> &'static str {
                self.name
            }
            fn offset(&self) -> usize {
                self.offset
            }
            fn width(&self) -> u32 {
                self.width
            }
            fn access(&self) -> $crate::engine::regfile::Access {
                match self.access {
                    $table::RegAccess::ReadOnly => $crate::engine::regfile::Access::ReadOnly,
                    $table::RegAccess::ReadWrite => $crate::engine::regfile::Access::ReadWrite,
                    $table::RegAccess::WriteOnly => $crate::engine::regfile::Access::WriteOnly,
                }
            }
            fn reset(&self) -> u64 {
                self.reset
            }
            fn writable(&self) -> u64 {
                self.writable
            }
            fn w1c(&self) -> u64 {
                self.w1c
            }
            fn self_clearing(&self) -> u64 {
                self.self_clearing
            }
            fn res0(&self) -> u64 {
                self.res0
            }
            fn res1(&self) -> u64 {
                self.res1
            }
            fn acked_by(&self) -> Option<$crate::engine::regfile::Partner> {
                self.acked_by.map(|p| $crate::engine::regfile::Partner {
                    offset: p.offset,
                    shared: p.shared,
                })
            }
            fn toggled_by(&self) -> Option<$crate::engine::regfile::Partner> {
                self.toggled_by.map(|p| $crate::engine::regfile::Partner {
                    offset: p.offset,
                    shared: p.shared,
                })
            }
            fn alias_of(&self) -> Option<&'static str> {
                self.alias_of.map(|a| a.name)
            }
        }
    };
}
pub(crate) use impl_reg_row;

/// What a software write did to one register.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Written {
    /// The register written (alias resolved).
    pub index: usize,
    /// Its value before the write.
    pub old: u64,
    /// Its value after the write.
    pub new: u64,
    /// The value software wrote (the full register width).
    pub value: u64,
}

/// Where an MMIO offset lands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Slot {
    /// The register (alias resolved).
    pub index: usize,
    /// Byte offset inside the register: 0, or 4 for the upper half of a 64-bit register.
    pub byte: usize,
}

/// A register file: one value per register of the table.
#[derive(Debug, Clone)]
pub struct RegFile<R: RegRow> {
    table: &'static [R],
    values: Vec<u64>,
    canonical: Vec<usize>,
    by_offset: HashMap<usize, Slot>,
    by_name: HashMap<&'static str, usize>,
}

fn width_mask(width: u32) -> u64 {
    if width >= 64 {
        u64::MAX
    } else {
        (1u64 << width) - 1
    }
}

impl<R: RegRow> RegFile<R> {
    /// A register file holding the reset values of `table`.
    pub fn new(table: &'static [R]) -> Self {
        let by_name: HashMap<&'static str, usize> = table
            .iter()
            .enumerate()
            .map(|(i, r)| (r.name(), i))
            .collect();
        // Follow alias chains (bounded, in case of a cycle) to the register that holds the value.
        let canonical: Vec<usize> = (0..table.len())
            .map(|mut i| {
                for _ in 0..table.len() {
                    match table[i].alias_of().and_then(|a| by_name.get(a)) {
                        Some(&t) if t != i => i = t,
                        _ => break,
                    }
                }
                i
            })
            .collect();
        let mut by_offset = HashMap::new();
        // Non-alias registers first, so that a view sharing its target's offset never shadows it.
        let order = (0..table.len())
            .filter(|&i| table[i].alias_of().is_none())
            .chain((0..table.len()).filter(|&i| table[i].alias_of().is_some()));
        for i in order {
            let r = &table[i];
            let index = canonical[i];
            by_offset
                .entry(r.offset())
                .or_insert(Slot { index, byte: 0 });
            if r.width() == 64 {
                by_offset
                    .entry(r.offset() + 4)
                    .or_insert(Slot { index, byte: 4 });
            }
        }
        let values = table
            .iter()
            .map(|r| r.reset() & width_mask(r.width()))
            .collect();
        RegFile {
            table,
            values,
            canonical,
            by_offset,
            by_name,
        }
    }

    /// Restores every reset value.
    pub fn reset(&mut self) {
        for (v, r) in self.values.iter_mut().zip(self.table) {
            *v = r.reset() & width_mask(r.width());
        }
    }

    /// The table this file is driven by.
    pub fn table(&self) -> &'static [R] {
        self.table
    }

    /// The row of register `index`.
    pub fn spec(&self, index: usize) -> Option<&'static R> {
        self.table.get(index)
    }

    /// Where an MMIO access at `offset` lands, if anywhere.
    pub fn slot(&self, offset: usize) -> Option<Slot> {
        self.by_offset.get(&offset).copied()
    }

    /// The register (alias resolved) whose offset is exactly `offset`.
    pub fn at(&self, offset: usize) -> Option<usize> {
        self.slot(offset).filter(|s| s.byte == 0).map(|s| s.index)
    }

    /// The register (alias resolved) named `name`.
    pub fn find(&self, name: &str) -> Option<usize> {
        self.by_name
            .get(name)
            .and_then(|&i| self.canonical.get(i).copied())
    }

    /// The value of register `index`.
    pub fn value(&self, index: usize) -> u64 {
        self.values.get(index).copied().unwrap_or(0)
    }

    /// The value of the register at `offset` (0 if there is none).
    pub fn value_at(&self, offset: usize) -> u64 {
        self.at(offset).map_or(0, |i| self.value(i))
    }

    /// Device-side write: replaces the whole value (bits beyond the width are dropped).
    pub fn set(&mut self, index: usize, value: u64) {
        if let (Some(v), Some(r)) = (self.values.get_mut(index), self.table.get(index)) {
            *v = value & width_mask(r.width());
        }
    }

    /// Device-side write of the register at `offset`.
    pub fn set_at(&mut self, offset: usize, value: u64) {
        if let Some(i) = self.at(offset) {
            self.set(i, value);
        }
    }

    /// Device-side update: replaces the bits of `mask` with those of `bits`.
    pub fn update(&mut self, index: usize, mask: u64, bits: u64) {
        let v = self.value(index);
        self.set(index, (v & !mask) | (bits & mask));
    }

    /// A software write of `value` to register `index`: read-only registers ignore it
    /// (`None`); otherwise writable bits take the value, write-1-to-clear bits written as 1
    /// clear, and every other bit keeps its value.
    pub fn software_write(&mut self, index: usize, value: u64) -> Option<Written> {
        let r = self.table.get(index)?;
        if r.access() == Access::ReadOnly {
            return None;
        }
        let value = value & width_mask(r.width());
        let old = self.value(index);
        let plain = r.writable() & !r.w1c();
        let mut new = (old & !plain) | (value & plain);
        new &= !(value & r.w1c());
        new |= r.res1();
        self.set(index, new);
        Some(Written {
            index,
            old,
            new: self.value(index),
            value,
        })
    }

    /// Completes a write to register `index` once the device has acted on it: its `acked_by`
    /// partner takes the shared fields, and its self-clearing bits clear.
    pub fn acknowledge(&mut self, index: usize) {
        let Some(r) = self.table.get(index) else {
            return;
        };
        let v = self.value(index);
        if let Some(p) = r.acked_by() {
            if let Some(ack) = self.at(p.offset) {
                self.update(ack, p.shared, v);
            }
        }
        if r.self_clearing() != 0 {
            self.update(index, r.self_clearing(), 0);
        }
    }

    /// Whether a write to `index` is still waiting for the device: an `acked_by` partner that
    /// differs in the shared fields, or a self-clearing bit still set.
    pub fn pending(&self, index: usize) -> bool {
        let Some(r) = self.table.get(index) else {
            return false;
        };
        let v = self.value(index);
        let ack_differs = r.acked_by().and_then(|p| {
            self.at(p.offset)
                .map(|a| (self.value(a) ^ v) & p.shared != 0)
        });
        ack_differs.unwrap_or(false) || v & r.self_clearing() != 0
    }

    /// The active bits of a `toggled_by` register: those that differ from the partner's.
    pub fn active(&self, index: usize) -> u64 {
        let Some(p) = self.table.get(index).and_then(|r| r.toggled_by()) else {
            return 0;
        };
        let partner = self.at(p.offset).map_or(0, |i| self.value(i));
        (self.value(index) ^ partner) & p.shared
    }

    /// Makes `bits` of a `toggled_by` register active by toggling those that are not active
    /// already; returns the bits that became active.
    pub fn raise(&mut self, index: usize, bits: u64) -> u64 {
        let Some(p) = self.table.get(index).and_then(|r| r.toggled_by()) else {
            return 0;
        };
        let newly = bits & p.shared & !self.active(index);
        let v = self.value(index);
        self.set(index, v ^ newly);
        newly
    }
}
