//! The small universe the suite explores: devices, the domains that exist (several of each type
//! that translates, the static domain of the others), and the PASIDs each device may use.

use alloc::vec;
use alloc::vec::Vec;

use crate::model::{Arg, Domain, Kind, Op, Param, OPS};

/// What exists in the explored world.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Universe {
    /// Number of devices.
    pub devices: usize,
    /// The domains operations may name.
    pub domains: Vec<Domain>,
    /// The PASIDs operations may name.
    pub pasids: Vec<u32>,
}

impl Universe {
    /// `devices` devices, `paging` domains of each translating type that is not PASID-only,
    /// `pasid_only` of each PASID-only type, the static domain of every other type, and PASIDs
    /// `1..=pasids`.
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
        Universe {
            devices,
            domains,
            pasids: (1..=pasids).collect(),
        }
    }

    /// The universe the issue asks for: 2 devices, 3 paging domains (and 1 SVA domain),
    /// identity and blocked, 2 PASIDs per device.
    pub fn standard() -> Self {
        Universe::new(2, 3, 1, 2)
    }

    /// Every operation instance on one device.
    pub fn ops(&self) -> Vec<Op> {
        let mut out = Vec::new();
        for (i, info) in OPS.iter().enumerate() {
            let mut args: Vec<Vec<Arg>> = vec![Vec::new()];
            for p in info.params {
                let choices: Vec<Arg> = match p {
                    Param::Domain => self.domains.iter().map(|d| Arg::Domain(*d)).collect(),
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
}
