//! The small universe the suite explores: devices, the domains that may exist (several of each
//! type that translates, the static domain of the others) and which of them are allocated at
//! the start, the PASIDs each device may use, and whether domains are allocated and freed
//! (the semantics' domain operations).

use alloc::vec;
use alloc::vec::Vec;

use crate::model::{Arg, Domain, Kind, Op, Param, State, OPS};

/// What exists in the explored world.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Universe {
    /// Number of devices.
    pub devices: usize,
    /// The domains operations may name.
    pub domains: Vec<Domain>,
    /// The domains allocated at the start (the others exist only once allocated).
    pub live: Vec<Domain>,
    /// The PASIDs operations may name.
    pub pasids: Vec<u32>,
    /// Whether the operations without a device (domain allocation and free) are explored.
    pub lifetimes: bool,
}

/// One step of a sequence: an operation, on a device unless it is a domain operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Step {
    /// The device index (0 for a domain operation, which has none).
    pub dev: usize,
    /// The operation.
    pub op: Op,
}

impl Universe {
    /// `devices` devices, `paging` domains of each translating type that is not PASID-only,
    /// `pasid_only` of each PASID-only type, the static domain of every other type, and PASIDs
    /// `1..=pasids`. Every domain is allocated at the start, and may be freed and allocated
    /// again.
    pub fn new(devices: usize, paging: u32, pasid_only: u32, pasids: u32) -> Self {
        let mut domains = Vec::new();
        for &k in Kind::ALL {
            let translating = matches!(
                crate::model::outcome(Some(Domain::of(k))),
                crate::model::Outcome::Translate(_)
            );
            if translating {
                let n = if k.pasid_only() { pasid_only } else { paging };
                domains.extend((1..=n).map(|id| Domain { kind: k, id }));
            } else {
                domains.push(Domain::of(k));
            }
        }
        let live = domains.iter().copied().filter(|d| d.id != 0).collect();
        Universe {
            devices,
            domains,
            live,
            pasids: (1..=pasids).collect(),
            lifetimes: true,
        }
    }

    /// The universe of the suite: 2 devices, 2 paging domains and 1 SVA domain (each may be
    /// freed and allocated again, so two domains can take turns with one ASID), identity and
    /// blocked, 2 PASIDs per device.
    pub fn standard() -> Self {
        Universe::new(2, 2, 1, 2)
    }

    /// The same universe without domain lifetimes: every domain exists from the start and is
    /// never freed (what the suite explored before the semantics had domain operations).
    pub fn without_lifetimes(mut self) -> Self {
        self.lifetimes = false;
        self
    }

    /// The state everything starts in.
    pub fn initial(&self) -> State {
        State::new(self.devices, self.live.iter().copied())
    }

    /// Every operation instance, with arguments from the universe (domain operations only on
    /// domains that are not static).
    pub fn ops(&self) -> Vec<Op> {
        let mut out = Vec::new();
        for (i, info) in OPS.iter().enumerate() {
            if !info.device && !self.lifetimes {
                continue;
            }
            let mut args: Vec<Vec<Arg>> = vec![Vec::new()];
            for p in info.params {
                let choices: Vec<Arg> = match p {
                    Param::Domain => self
                        .domains
                        .iter()
                        .filter(|d| info.device || d.id != 0)
                        .map(|d| Arg::Domain(*d))
                        .collect(),
                    Param::Pasid => self.pasids.iter().map(|p| Arg::Pasid(*p)).collect(),
                };
                args = args
                    .iter()
                    .flat_map(|a| choices.iter().map(move |c| [a.clone(), vec![*c]].concat()))
                    .collect();
            }
            out.extend(args.iter().filter_map(|a| Op::build(i, a)));
        }
        out
    }

    /// Whether `op` may be issued in `st`: it names existing domains only, except that an
    /// allocation names one that does not exist (using a freed domain is not an API call a
    /// caller can make).
    pub fn enabled(op: &Op, st: &State) -> bool {
        let allocates = OPS
            .iter()
            .find(|i| i.name == op.name())
            .is_some_and(|i| i.allocates);
        op.domains()
            .iter()
            .all(|d| st.exists(*d) != (allocates && d.id != 0))
    }

    /// Every step that may be issued in `st`, from `ops` (see [`Universe::ops`]): device
    /// operations on each device, domain operations once.
    pub fn steps(&self, ops: &[Op], st: &State) -> Vec<Step> {
        let mut out = Vec::new();
        for op in ops.iter().filter(|op| Self::enabled(op, st)) {
            if Self::on_device(op) {
                out.extend((0..self.devices).map(|dev| Step { dev, op: *op }));
            } else {
                out.push(Step { dev: 0, op: *op });
            }
        }
        out
    }

    /// Whether `op` acts on a device.
    pub fn on_device(op: &Op) -> bool {
        OPS.iter()
            .find(|i| i.name == op.name())
            .is_none_or(|i| i.device)
    }
}
