//! [`Engine`]: one device model, architecture-neutral. It owns the register file, memory,
//! virtual time with the writes the device has yet to act on, the record log and the driver
//! mistakes noticed, and the architecture's state (`arch`). MMIO accesses are resolved,
//! width-checked and masked here, then handed to the [`Architecture`]; device reads of memory
//! note freed memory; CPU stores are tracked until a write barrier.

use iommugen_runtime::hal::DmaBuf;

use super::arch::Architecture;
use super::mem::Memory;
use super::record::{Counters, EventFate, Logged, Misuse};
use super::regfile::{Access, RegFile, RegRow};

/// A device model: the engine's state around an architecture's.
pub struct Engine<A: Architecture> {
    /// The architecture's state.
    pub arch: A,
    /// The register file.
    pub regs: RegFile<A::Row>,
    /// Physical memory.
    pub mem: Memory,
    /// Virtual time in nanoseconds.
    pub now: u64,
    /// Records generated, with their fate.
    pub events: Vec<Logged<A::Record>>,
    /// Driver mistakes noticed.
    pub violations: Vec<A::Violation>,
    /// Counters the engine keeps.
    pub counters: Counters,
    /// Register writes the device has yet to act on: (due time, register index).
    pending: Vec<(u64, usize)>,
    /// CPU stores to memory since the last write barrier.
    stores_since_wmb: bool,
}

impl<A: Architecture> Engine<A> {
    /// A device out of reset: `arch` over the registers of `table` and `mem`.
    pub fn new(arch: A, table: &'static [A::Row], mem: Memory) -> Self {
        Engine {
            arch,
            regs: RegFile::new(table),
            mem,
            now: 0,
            events: Vec::new(),
            violations: Vec::new(),
            counters: Counters::default(),
            pending: Vec::new(),
            stores_since_wmb: false,
        }
    }

    /// Notes a driver mistake.
    pub fn violation(&mut self, v: impl Into<A::Violation>) {
        self.violations.push(v.into());
    }

    /// Runs the work that is due: scheduled writes whose delay has passed, then the
    /// architecture's deferred work.
    pub fn tick(&mut self) {
        if self.pending.iter().any(|&(due, _)| due <= self.now) {
            let now = self.now;
            let (due, rest): (Vec<_>, Vec<_>) =
                self.pending.drain(..).partition(|&(d, _)| d <= now);
            self.pending = rest;
            for (_, index) in due {
                A::complete(self, index);
            }
        }
        A::tick(self);
    }

    /// Advances virtual time.
    pub fn advance(&mut self, ns: u64) {
        self.now = self.now.saturating_add(ns);
        self.tick();
    }

    /// Has the device act on register `index` now, or after the architecture's delay.
    pub fn schedule(&mut self, index: usize) {
        let delay = self.arch.ack_delay_ns();
        if delay == 0 {
            A::complete(self, index);
        } else if !self.pending.iter().any(|&(_, i)| i == index) {
            self.pending.push((self.now.saturating_add(delay), index));
        }
    }

    /// An MMIO read of `width` bits at `offset`.
    pub fn mmio_read(&mut self, offset: usize, width: u32) -> u64 {
        self.tick();
        let Some(slot) = self.regs.slot(offset) else {
            self.violation(Misuse::UnknownRegister {
                offset,
                width,
                write: false,
            });
            return 0;
        };
        let Some(spec) = self.regs.spec(slot.index) else {
            return 0;
        };
        if self.arch.hidden(spec) || spec.access() == Access::WriteOnly {
            return 0;
        }
        let v = self.regs.value(slot.index);
        match (width, spec.width(), slot.byte) {
            (w, rw, 0) if w == rw => v,
            (32, 64, 0) => v & 0xffff_ffff,
            (32, 64, 4) => v >> 32,
            _ => {
                let name = spec.name();
                self.violation(Misuse::WrongWidth { name, width });
                0
            }
        }
    }

    /// An MMIO write of `width` bits at `offset`.
    pub fn mmio_write(&mut self, offset: usize, width: u32, value: u64) {
        self.tick();
        let Some(slot) = self.regs.slot(offset) else {
            self.violation(Misuse::UnknownRegister {
                offset,
                width,
                write: true,
            });
            return;
        };
        let Some(spec) = self.regs.spec(slot.index) else {
            return;
        };
        if self.arch.hidden(spec) {
            return;
        }
        let name = spec.name();
        let cur = self.regs.value(slot.index);
        let full = match (width, spec.width(), slot.byte) {
            (w, rw, 0) if w == rw => value,
            (32, 64, 0) => (cur & !0xffff_ffff) | (value & 0xffff_ffff),
            (32, 64, 4) => (cur & 0xffff_ffff) | ((value & 0xffff_ffff) << 32),
            _ => {
                self.violation(Misuse::WrongWidth { name, width });
                return;
            }
        };
        if spec.access() == Access::ReadOnly {
            self.violation(Misuse::ReadOnlyWrite { name, value: full });
            return;
        }
        if full & spec.res0() != 0 {
            let bits = full & spec.res0();
            self.violation(Misuse::Res0Written { name, bits });
        }
        if !A::write_allowed(self, slot.index, full) {
            return;
        }
        if self.stores_since_wmb && self.arch.orders_stores(spec) {
            self.violation(Misuse::MissingBarrier { before: name });
        }
        if let Some(w) = self.regs.software_write(slot.index, full) {
            A::written(self, w);
        }
    }

    /// A word the device reads from memory for `what`: `None` (an external abort) outside RAM.
    pub fn dev_read(&mut self, pa: u64, what: &'static str) -> Option<u64> {
        if self.mem.is_freed(pa) {
            self.violation(Misuse::FreedMemoryRead { pa, what });
        }
        self.mem.read(pa)
    }

    /// `n` words the device reads from memory for `what` (one report if any was freed).
    pub fn dev_read_words(&mut self, pa: u64, n: usize, what: &'static str) -> Option<Vec<u64>> {
        if let Some(freed) = (0..n as u64)
            .map(|i| pa.wrapping_add(i * 8))
            .find(|&a| self.mem.is_freed(a))
        {
            self.violation(Misuse::FreedMemoryRead { pa: freed, what });
        }
        self.mem.read_words(pa, n)
    }

    /// A CPU load from a DMA buffer.
    pub fn cpu_load(&mut self, buf: &DmaBuf, word: usize) -> u64 {
        if word >= buf.words() {
            let addr = buf.addr;
            self.violation(Misuse::DmaBufOutOfRange { addr, word });
            return 0;
        }
        self.mem.read(buf.word_addr(word)).unwrap_or(0)
    }

    /// A CPU store into a DMA buffer; returns (address, old value) when it happened.
    pub fn cpu_store(&mut self, buf: &DmaBuf, word: usize, value: u64) -> Option<(u64, u64)> {
        if word >= buf.words() {
            let addr = buf.addr;
            self.violation(Misuse::DmaBufOutOfRange { addr, word });
            return None;
        }
        self.cpu_store_at(buf.word_addr(word), value)
    }

    /// A CPU store at a physical address; returns (address, old value) when it happened.
    pub fn cpu_store_at(&mut self, pa: u64, value: u64) -> Option<(u64, u64)> {
        let old = self.mem.read(pa)?;
        self.mem.write(pa, value);
        self.stores_since_wmb = true;
        Some((pa, old))
    }

    /// A write barrier: earlier CPU stores are ordered before later register writes.
    pub fn wmb(&mut self) {
        self.counters.wmb += 1;
        self.stores_since_wmb = false;
    }

    /// Logs a record with its fate.
    pub fn log(&mut self, event: A::Record, fate: EventFate) -> EventFate {
        let time_ns = self.now;
        self.events.push(Logged {
            time_ns,
            event,
            fate,
        });
        fate
    }

    /// Offers a record to the architecture's queue and logs what became of it.
    pub fn record_event(&mut self, event: A::Record) -> EventFate {
        let fate = A::record(self, event);
        self.log(event, fate)
    }
}
