//! The DMA master, the same for every architecture: a transaction from a requester (a stream
//! and an optional process or substream ID) reads or writes simulated memory through the
//! device. The architecture resolves the configuration once per transaction; the transfer is
//! translated in 4 KiB pieces and stops at the first fault, whose record goes to the
//! architecture's queue when the configuration says to record it (else it is logged as
//! suppressed). The result tells where each piece went, or why and where the transaction was
//! terminated and what became of the record.

use super::arch::Architecture;
use super::device::Engine;
use super::record::EventFate;

/// What a transaction does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Transfer<'a> {
    /// Read this many bytes from memory.
    Read(usize),
    /// Write these bytes to memory.
    Write(&'a [u8]),
}

/// Incoming transaction attributes (before the configuration's overrides).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Attrs {
    /// A privileged access (PCIe traffic is unprivileged unless the configuration overrides it).
    pub privileged: bool,
    /// An instruction fetch (reads only).
    pub instruction: bool,
}

/// A piece of a transaction that reached memory.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Segment {
    /// Input address of its first byte.
    pub iova: u64,
    /// Physical address of its first byte.
    pub pa: u64,
    /// Bytes.
    pub len: usize,
}

/// How a transaction ended early.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Termination<R, C> {
    /// Why.
    pub cause: C,
    /// Input address of the access that was terminated.
    pub iova: u64,
    /// The record the device generated, if any (recorded or not: see `fate`).
    pub event: Option<R>,
    /// What became of the event.
    pub fate: Option<EventFate>,
    /// The master saw an abort (rather than reads of zero and ignored writes).
    pub abort: bool,
}

/// How a transaction went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome<R, C> {
    /// Every byte was translated.
    Translated,
    /// Every byte bypassed translation (the device or the configuration bypasses).
    Bypassed,
    /// The transaction stopped; the pieces before the fault reached memory.
    Terminated(Termination<R, C>),
}

/// The result of a transaction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dma<R, C> {
    /// How it went.
    pub outcome: Outcome<R, C>,
    /// The pieces that reached memory, in order (contiguous pieces merged).
    pub segments: Vec<Segment>,
    /// For reads, the bytes read (those not read because of a fault are zero).
    pub data: Vec<u8>,
}

impl<R: Copy, C> Dma<R, C> {
    /// Whether every byte reached memory.
    pub fn is_ok(&self) -> bool {
        !matches!(self.outcome, Outcome::Terminated(_))
    }

    /// Physical address of the first byte, if it reached memory.
    pub fn pa(&self) -> Option<u64> {
        self.segments.first().map(|s| s.pa)
    }

    /// How the transaction was terminated, if it was.
    pub fn termination(&self) -> Option<&Termination<R, C>> {
        match &self.outcome {
            Outcome::Terminated(t) => Some(t),
            _ => None,
        }
    }

    /// The record the transaction caused, if any.
    pub fn event(&self) -> Option<R> {
        self.termination().and_then(|t| t.event)
    }
}

/// A termination before its record is offered to the queue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Term<R, C> {
    /// Why.
    pub cause: C,
    /// The record, if the architecture generates one.
    pub event: Option<R>,
    /// Offer the record to the queue (else it is logged as suppressed).
    pub record: bool,
    /// The master sees an abort.
    pub abort: bool,
}

/// One access of a transaction (after the configuration's attribute overrides, once
/// resolved).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Txn {
    /// Input address.
    pub iova: u64,
    /// A write (else a read).
    pub write: bool,
    /// Privileged.
    pub privileged: bool,
    /// Instruction fetch.
    pub instruction: bool,
}

/// Where a transaction goes once its configuration is known.
#[derive(Debug, Clone)]
pub enum Route<X> {
    /// No translation: the output address is the input address.
    Bypass,
    /// Translation in this context.
    Translate(Box<X>),
}

impl<A: Architecture> Engine<A> {
    /// Plays one transaction from `stream` (with `process` as its substream or process ID).
    pub fn dma(
        &mut self,
        stream: u32,
        process: Option<u32>,
        iova: u64,
        transfer: Transfer<'_>,
        attrs: Attrs,
    ) -> Dma<A::Record, A::Cause> {
        self.tick();
        self.counters.dmas += 1;
        let (len, write) = match transfer {
            Transfer::Read(n) => (n, false),
            Transfer::Write(d) => (d.len(), true),
        };
        let mut dma = Dma {
            outcome: Outcome::Bypassed,
            segments: Vec::new(),
            data: Vec::new(),
        };
        let txn = Txn {
            iova,
            write,
            privileged: attrs.privileged,
            instruction: attrs.instruction && !write,
        };
        let resolved = match A::resolve(self, stream, process, txn) {
            Ok(r) => r,
            Err(term) => return self.finish(dma, term, iova, len, write),
        };
        let mut done = 0usize;
        loop {
            let addr = iova.wrapping_add(done as u64);
            let n = (len - done).min(0x1000 - (addr & 0xfff) as usize);
            let pa = match &resolved {
                Route::Bypass => addr,
                Route::Translate(ctx) => match A::translate(
                    self,
                    ctx,
                    &Txn {
                        iova: addr,
                        ..A::access(ctx)
                    },
                ) {
                    Ok(pa) => pa,
                    Err(term) => return self.finish(dma, term, addr, len - done, write),
                },
            };
            let moved = match transfer {
                Transfer::Write(d) => d
                    .get(done..done + n)
                    .is_some_and(|bytes| self.mem.write_bytes(pa, bytes)),
                Transfer::Read(_) => match self.mem.read_bytes(pa, n) {
                    Some(bytes) => {
                        dma.data.extend_from_slice(&bytes);
                        true
                    }
                    None => false,
                },
            };
            if !moved {
                let term = Term {
                    cause: A::BUS_ERROR,
                    event: None,
                    record: false,
                    abort: true,
                };
                return self.finish(dma, term, addr, len - done, write);
            }
            if n > 0 {
                match dma.segments.last_mut() {
                    Some(s)
                        if s.iova.wrapping_add(s.len as u64) == addr
                            && s.pa.wrapping_add(s.len as u64) == pa =>
                    {
                        s.len += n
                    }
                    _ => dma.segments.push(Segment {
                        iova: addr,
                        pa,
                        len: n,
                    }),
                }
            }
            done += n;
            if done >= len {
                break;
            }
        }
        dma.outcome = match resolved {
            Route::Bypass => Outcome::Bypassed,
            Route::Translate(_) => Outcome::Translated,
        };
        dma
    }

    fn finish(
        &mut self,
        mut dma: Dma<A::Record, A::Cause>,
        term: Term<A::Record, A::Cause>,
        iova: u64,
        remaining: usize,
        write: bool,
    ) -> Dma<A::Record, A::Cause> {
        if !write {
            dma.data.resize(dma.data.len() + remaining, 0);
        }
        let fate = term.event.map(|e| {
            if term.record {
                self.record_event(e)
            } else {
                self.log(e, EventFate::Suppressed)
            }
        });
        dma.outcome = Outcome::Terminated(Termination {
            cause: term.cause,
            iova,
            event: term.event,
            fate,
            abort: term.abort,
        });
        dma
    }
}
