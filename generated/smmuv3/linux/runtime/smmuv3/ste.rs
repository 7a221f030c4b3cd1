// SPDX-License-Identifier: MIT OR Apache-2.0

//! The one builder of every Stream Table Entry the driver writes (IHI 0070, 5.2): what the
//! spec's `realise STE` rules decide comes from the generated `realise_STE` (through the STE's
//! typed setters); this module adds what is the driver's to choose: where the CD table is and
//! how it is fetched, and the attributes of streams that pass through. Stage-2 fields come from
//! [`super::stage2::with_stage2`].

#[cfg(not(iommugen_test))]
use super::super::error::{Error, Result};
#[cfg(not(iommugen_test))]
use super::smmu::Unattached;
use super::spec::entries::STE;
use super::spec::enums::SteShCfg;
use super::spec::enums::StreamConfig;
#[cfg(not(iommugen_test))]
use super::spec::enums::{CdFetchCacheability, CfgShareability, SteStrw, STE_S1DSS};

/// A valid STE that aborts every transaction.
pub(crate) const fn abort() -> STE {
    STE::new().with_V(true).with_Config(StreamConfig::Abort)
}

#[cfg(iommugen_test)]
/// A valid STE that passes every transaction through, with its incoming shareability.
pub(crate) const fn bypass() -> STE {
    passthrough_attrs(STE::new().with_V(true).with_Config(StreamConfig::Bypass))
}

#[cfg(not(iommugen_test))]
/// The STE of a stream nobody attached.
pub(crate) const fn unattached(u: Unattached) -> STE {
    match u {
        Unattached::Abort => abort(),
    }
}

/// `ste` with SHCFG = incoming: the shareability of transactions that bypass stage 1 (the
/// reset value would make them non-shareable).
pub(crate) const fn passthrough_attrs(ste: STE) -> STE {
    ste.with_SHCFG(SteShCfg::Incoming)
}

#[cfg(not(iommugen_test))]
/// `ste` pointing at a CD table: `table` holds the pointer fields (S1ContextPtr, S1Fmt,
/// S1CDMax; see [`super::cdtab::CdTable::point`]), fetched write-back cacheable and inner
/// shareable, for EL1 translation regimes; SHCFG incoming when DMA without a PASID bypasses
/// stage 1 (S1DSS = bypass).
pub(crate) fn with_cd_table(ste: STE, table: &STE) -> STE {
    let mut s = ste;
    for (w, p) in s.0.iter_mut().zip(table.0) {
        *w |= p;
    }
    let s = s
        .with_S1CIR(CdFetchCacheability::WriteBackRa)
        .with_S1COR(CdFetchCacheability::WriteBackRa)
        .with_S1CSH(CfgShareability::InnerShareable)
        .with_STRW(SteStrw::El1);
    if s.S1DSS() == Ok(STE_S1DSS::Bypass) {
        passthrough_attrs(s)
    } else {
        s
    }
}

#[cfg(not(iommugen_test))]
/// Completes an STE the realise rules made: bypass gets its attributes, a stage-1 or nested STE
/// the CD table (`table`: its pointer fields, `None` when the device has none).
pub(crate) fn complete(realised: STE, table: Option<Result<STE>>) -> Result<STE> {
    Ok(match realised.Config() {
        Ok(StreamConfig::Bypass) => passthrough_attrs(realised),
        Ok(StreamConfig::S1Trans | StreamConfig::Nested) => {
            let ptr = table.ok_or(Error::Corrupt {
                what: "CD table missing",
            })??;
            with_cd_table(realised, &ptr)
        }
        _ => realised,
    })
}
