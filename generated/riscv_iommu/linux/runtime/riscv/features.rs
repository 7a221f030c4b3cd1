// SPDX-License-Identifier: MIT OR Apache-2.0

//! Probe: the `capabilities` register decoded (RISC-V IOMMU 5.3) into [`Caps`], and `fctl`
//! (5.4) set to what the driver runs: little-endian memory accesses, 64-bit guests (GXL = 0),
//! MSI interrupts where the IOMMU has them. What the driver cannot drive is refused with an
//! [`Error::Unsupported`] that says what is missing.

#[cfg(not(iommugen_test))]
use super::super::error::{Error, Result};
#[cfg(not(iommugen_test))]
use super::super::hal::Hal;
#[cfg(not(iommugen_test))]
use super::super::mmio::{read, write};
#[cfg(not(iommugen_test))]
use super::domain::Stage;
#[cfg(not(iommugen_test))]
use super::spec::enums::{DcFscMode, Igs};
#[cfg(not(iommugen_test))]
use super::spec::regs::{capabilities, fctl};

#[cfg(not(iommugen_test))]
/// What the IOMMU offers, as the driver uses it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Caps {
    /// The register as read.
    pub(crate) raw: capabilities,
    /// `version`: major in bits \[7:4\], minor in \[3:0\].
    pub(crate) version: u8,
    /// First-stage modes: Sv39, Sv48, Sv57.
    pub(crate) sv39: bool,
    /// Sv48 at the first stage.
    pub(crate) sv48: bool,
    /// Sv57 at the first stage.
    pub(crate) sv57: bool,
    /// G-stage modes: Sv39x4.
    pub(crate) sv39x4: bool,
    /// Sv48x4 at the G-stage.
    pub(crate) sv48x4: bool,
    /// `MSI_FLAT`: device contexts are the 64-byte extended format.
    pub(crate) extended: bool,
    /// `ATS`: the page-request queue exists.
    pub(crate) ats: bool,
    /// `AMO_HWAD`: the IOMMU updates A and D itself (the driver sets them either way).
    pub(crate) amo_hwad: bool,
    /// The widest process directory the IOMMU walks (`PD20`, `PD17` or `PD8`), if any.
    pub(crate) pd: Option<DcFscMode>,
    /// `PAS`: physical address bits.
    pub(crate) pas: u8,
    /// `IGS`: the interrupt generation it supports.
    pub(crate) igs: Option<Igs>,
}

#[cfg(not(iommugen_test))]
impl Caps {
    /// Decodes `capabilities`, refusing what the driver cannot drive: a major version other
    /// than 1, or neither a first-stage nor a G-stage mode of the formats it implements.
    pub(crate) fn decode(raw: capabilities) -> Result<Caps> {
        let c = Caps {
            raw,
            version: raw.version(),
            sv39: raw.Sv39(),
            sv48: raw.Sv48(),
            sv57: raw.Sv57(),
            sv39x4: raw.Sv39x4(),
            sv48x4: raw.Sv48x4(),
            extended: raw.MSI_FLAT(),
            ats: raw.ATS(),
            amo_hwad: raw.AMO_HWAD(),
            pd: if raw.PD20() {
                Some(DcFscMode::PD20)
            } else if raw.PD17() {
                Some(DcFscMode::PD17)
            } else if raw.PD8() {
                Some(DcFscMode::PD8)
            } else {
                None
            },
            pas: raw.PAS(),
            igs: raw.IGS().ok(),
        };
        if c.version >> 4 != 1 {
            return Err(Error::Unsupported {
                what: "capabilities.version: only major version 1 of the architecture",
            });
        }
        if !(c.sv39 || c.sv48 || c.sv57 || c.sv39x4 || c.sv48x4) {
            return Err(Error::Unsupported {
                what: "capabilities: no Sv39/Sv48/Sv57 first stage and no Sv39x4/Sv48x4 G-stage",
            });
        }
        if c.pas < 32 {
            return Err(Error::Unsupported {
                what: "capabilities.PAS: fewer than 32 physical address bits",
            });
        }
        Ok(c)
    }

    /// PASID bits of the process directory the driver builds (0: no PASIDs).
    pub(crate) fn pasid_bits(&self) -> u32 {
        match self.pd {
            Some(DcFscMode::PD20) => 20,
            Some(DcFscMode::PD17) => 17,
            Some(DcFscMode::PD8) => 8,
            _ => 0,
        }
    }

    /// Whether the IOMMU walks tables of `stage`'s format.
    pub(crate) fn offers(&self, stage: Stage) -> bool {
        match stage {
            Stage::Sv39 => self.sv39,
            Stage::Sv48 => self.sv48,
            Stage::Sv57 => self.sv57,
        }
    }

    /// The format of paging domains: the widest first stage the IOMMU offers, Sv57, else Sv48,
    /// else Sv39 (as Linux's C driver chooses its domains' mode); `None` if it has no first
    /// stage (a G-stage-only IOMMU).
    pub(crate) fn widest_first_stage(&self) -> Option<Stage> {
        [Stage::Sv57, Stage::Sv48, Stage::Sv39]
            .into_iter()
            .find(|&stage| self.offers(stage))
    }
}

#[cfg(not(iommugen_test))]
/// Reads and decodes `capabilities`, then sets `fctl`: BE = 0, GXL = 0, and WSI = 1 only when
/// the IOMMU generates wired interrupts alone. Fails if a field does not take the value written
/// (an IOMMU fixed to big-endian accesses, or to 32-bit guests).
pub(crate) fn probe<H: Hal>(hal: &H) -> Result<Caps> {
    let caps = Caps::decode(read::<H, capabilities>(hal))?;
    let wsi = caps.igs == Some(Igs::WSI);
    let want = fctl::from_bits(0)
        .with_BE(false)
        .with_GXL(false)
        .with_WSI(wsi);
    write(hal, want);
    let got: fctl = read(hal);
    if got.BE() {
        return Err(Error::Unsupported {
            what: "fctl.BE: the IOMMU's memory accesses are big-endian only",
        });
    }
    if got.GXL() {
        return Err(Error::Unsupported {
            what: "fctl.GXL: the IOMMU supports 32-bit guests only",
        });
    }
    Ok(caps)
}

#[cfg(test)]
mod tests {
    use super::*;
}
