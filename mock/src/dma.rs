//! The DMA master: a transaction from a StreamID (and optional PASID) reads or writes
//! simulated memory through the SMMU. The configuration is resolved once per transaction; the
//! transfer is translated in 4 KiB pieces and stops at the first fault, whose event goes to the
//! event queue when the configuration says to record it. The result tells where each piece
//! went, or why and where the transaction was terminated and what became of the event.

use iommugen_runtime::spec::evtq::EvtqEvent;

use crate::model::Model;
use crate::report::EventFate;
use crate::stream::Resolved;
use crate::walk::Txn;

/// What a transaction does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Transfer<'a> {
    /// Read this many bytes from memory.
    Read(usize),
    /// Write these bytes to memory.
    Write(&'a [u8]),
}

/// Incoming transaction attributes (before the STE's overrides).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Attrs {
    /// A privileged access (PCIe traffic is unprivileged unless the STE overrides it).
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

/// Why a transaction was terminated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cause {
    /// SMMUEN = 0 and GBPA.ABORT = 1 (no event).
    GbpaAbort,
    /// The STE says Config = Abort (no event).
    SteAbort,
    /// A configuration error or structure fetch abort (C_BAD_*, F_STE_FETCH, F_CD_FETCH,
    /// F_STREAM_DISABLED).
    Config,
    /// A translation fault (F_TRANSLATION, F_ADDR_SIZE, F_ACCESS, F_PERMISSION, F_WALK_EABT).
    Translation,
    /// The output address is not RAM (no SMMU event; the bus returns an error).
    BusError,
}

/// How a transaction ended early.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Termination {
    pub cause: Cause,
    /// Input address of the access that was terminated.
    pub iova: u64,
    /// The event the SMMU generated, if any (recorded or not: see `fate`).
    pub event: Option<EvtqEvent>,
    /// What became of the event.
    pub fate: Option<EventFate>,
    /// The master saw an abort (rather than reads of zero and ignored writes).
    pub abort: bool,
}

/// How a transaction went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Every byte was translated.
    Translated,
    /// Every byte bypassed translation (SMMUEN = 0 with GBPA bypass, or a bypassing STE).
    Bypassed,
    /// The transaction stopped; the pieces before the fault reached memory.
    Terminated(Termination),
}

/// The result of a transaction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dma {
    pub outcome: Outcome,
    /// The pieces that reached memory, in order (contiguous pieces merged).
    pub segments: Vec<Segment>,
    /// For reads, the bytes read (those not read because of a fault are zero).
    pub data: Vec<u8>,
}

impl Dma {
    /// Whether every byte reached memory.
    pub fn is_ok(&self) -> bool {
        !matches!(self.outcome, Outcome::Terminated(_))
    }

    /// Physical address of the first byte, if it reached memory.
    pub fn pa(&self) -> Option<u64> {
        self.segments.first().map(|s| s.pa)
    }

    /// How the transaction was terminated, if it was.
    pub fn termination(&self) -> Option<&Termination> {
        match &self.outcome {
            Outcome::Terminated(t) => Some(t),
            _ => None,
        }
    }

    /// The event the transaction caused, if any.
    pub fn event(&self) -> Option<EvtqEvent> {
        self.termination().and_then(|t| t.event)
    }
}

/// A termination before its event is offered to the queue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Term {
    pub cause: Cause,
    pub event: Option<EvtqEvent>,
    /// Offer the event to the queue (else it is logged as suppressed).
    pub record: bool,
    pub abort: bool,
}

impl Term {
    /// A configuration error or fetch abort reported with `event`.
    pub(crate) fn config(event: EvtqEvent, record: bool) -> Term {
        Term {
            cause: Cause::Config,
            event: Some(event),
            record,
            abort: true,
        }
    }
}

impl Model {
    /// Plays one transaction.
    pub(crate) fn dma(
        &mut self,
        sid: u32,
        pasid: Option<u32>,
        iova: u64,
        transfer: Transfer<'_>,
        attrs: Attrs,
    ) -> Dma {
        self.tick();
        self.stats.dmas += 1;
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
        let resolved = match self.resolve(sid, pasid, txn) {
            Ok(r) => r,
            Err(term) => return self.finish(dma, term, iova, len, write),
        };
        let mut done = 0usize;
        loop {
            let addr = iova.wrapping_add(done as u64);
            let n = (len - done).min(0x1000 - (addr & 0xfff) as usize);
            let pa = match &resolved {
                Resolved::Bypass => addr,
                Resolved::Translate(ctx) => match self.translate(
                    ctx,
                    &Txn {
                        iova: addr,
                        ..ctx.txn
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
                    cause: Cause::BusError,
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
            Resolved::Bypass => Outcome::Bypassed,
            Resolved::Translate(_) => Outcome::Translated,
        };
        dma
    }

    fn finish(
        &mut self,
        mut dma: Dma,
        term: Term,
        iova: u64,
        remaining: usize,
        write: bool,
    ) -> Dma {
        if !write {
            dma.data.resize(dma.data.len() + remaining, 0);
        }
        let fate = term.event.map(|e| {
            if term.record {
                self.record_event(e)
            } else {
                self.suppress_event(e)
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
