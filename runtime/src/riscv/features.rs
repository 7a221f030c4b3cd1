//! Probe: the `capabilities` register decoded (RISC-V IOMMU 5.3) into [`Caps`], and `fctl`
//! (5.4) set to what the driver runs: little-endian memory accesses, 64-bit guests (GXL = 0),
//! MSI interrupts where the IOMMU has them. What the driver cannot drive is refused with an
//! [`Error::Unsupported`] that says what is missing.

use super::super::error::{Error, Result};
use super::super::hal::Hal;
use super::super::mmio::{read, write};
use super::domain::Stage;
use super::spec::enums::{DcFscMode, Igs};
use super::spec::regs::{capabilities, fctl};

/// What the IOMMU offers, as the driver uses it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Caps {
    /// The register as read.
    pub raw: capabilities,
    /// `version`: major in bits \[7:4\], minor in \[3:0\].
    pub version: u8,
    /// First-stage modes: Sv39, Sv48, Sv57.
    pub sv39: bool,
    /// Sv48 at the first stage.
    pub sv48: bool,
    /// Sv57 at the first stage.
    pub sv57: bool,
    /// G-stage modes: Sv39x4.
    pub sv39x4: bool,
    /// Sv48x4 at the G-stage.
    pub sv48x4: bool,
    /// `MSI_FLAT`: device contexts are the 64-byte extended format.
    pub extended: bool,
    /// `ATS`: the page-request queue exists.
    pub ats: bool,
    /// `AMO_HWAD`: the IOMMU updates A and D itself (the driver sets them either way).
    pub amo_hwad: bool,
    /// The widest process directory the IOMMU walks (`PD20`, `PD17` or `PD8`), if any.
    pub pd: Option<DcFscMode>,
    /// `PAS`: physical address bits.
    pub pas: u8,
    /// `IGS`: the interrupt generation it supports.
    pub igs: Option<Igs>,
}

impl Caps {
    /// Decodes `capabilities`, refusing what the driver cannot drive: a major version other
    /// than 1, or neither a first-stage nor a G-stage mode of the formats it implements.
    pub fn decode(raw: capabilities) -> Result<Caps> {
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
    pub fn pasid_bits(&self) -> u32 {
        match self.pd {
            Some(DcFscMode::PD20) => 20,
            Some(DcFscMode::PD17) => 17,
            Some(DcFscMode::PD8) => 8,
            _ => 0,
        }
    }

    /// Whether the IOMMU walks tables of `stage`'s format.
    pub fn offers(&self, stage: Stage) -> bool {
        match stage {
            Stage::Sv39 => self.sv39,
            Stage::Sv48 => self.sv48,
            Stage::Sv57 => self.sv57,
            Stage::Sv39x4 => self.sv39x4,
            Stage::Sv48x4 => self.sv48x4,
        }
    }

    /// The format of paging domains: the widest first stage the IOMMU offers, Sv57, else Sv48,
    /// else Sv39 (as Linux's C driver chooses its domains' mode); `None` if it has no first
    /// stage (a G-stage-only IOMMU).
    pub fn widest_first_stage(&self) -> Option<Stage> {
        [Stage::Sv57, Stage::Sv48, Stage::Sv39]
            .into_iter()
            .find(|&stage| self.offers(stage))
    }
}

/// Reads and decodes `capabilities`, then sets `fctl`: BE = 0, GXL = 0, and WSI = 1 only when
/// the IOMMU generates wired interrupts alone. Fails if a field does not take the value written
/// (an IOMMU fixed to big-endian accesses, or to 32-bit guests).
pub fn probe<H: Hal>(hal: &H) -> Result<Caps> {
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
    use super::super::spec::support::Register;
    use super::*;

    /// QEMU 10.0's riscv-iommu-pci (docs/riscv.md).
    const QEMU: u64 = 0x78_c2cf_0f10;

    #[test]
    fn decodes_qemu() {
        let c = Caps::decode(capabilities::from_raw(QEMU)).unwrap();
        assert_eq!(c.version, 0x10);
        assert!(c.sv39 && c.sv48 && c.sv57 && c.sv39x4 && c.sv48x4);
        assert!(c.extended && c.ats && !c.amo_hwad);
        assert_eq!(c.pd, Some(DcFscMode::PD8));
        assert_eq!(c.pasid_bits(), 8);
        assert_eq!(c.pas, 56);
    }

    /// `capabilities` as QEMU's, with only the first-stage modes in `modes` (bits 8-11: Sv32,
    /// Sv39, Sv48, Sv57; RISC-V IOMMU 5.3).
    fn first_stage_modes(modes: u64) -> Caps {
        Caps::decode(capabilities::from_raw((QEMU & !0xf00) | modes << 8)).unwrap()
    }

    #[test]
    fn paging_domains_take_the_widest_first_stage() {
        let (sv39, sv48, sv57) = (0b0010, 0b0100, 0b1000);
        assert_eq!(
            first_stage_modes(sv39).widest_first_stage(),
            Some(Stage::Sv39)
        );
        assert_eq!(
            first_stage_modes(sv39 | sv48).widest_first_stage(),
            Some(Stage::Sv48)
        );
        assert_eq!(
            first_stage_modes(sv48).widest_first_stage(),
            Some(Stage::Sv48)
        );
        assert_eq!(
            first_stage_modes(sv39 | sv48 | sv57).widest_first_stage(),
            Some(Stage::Sv57)
        );
        assert_eq!(
            first_stage_modes(sv57).widest_first_stage(),
            Some(Stage::Sv57)
        );
        // QEMU 10.0 offers every mode: Sv57.
        let qemu = Caps::decode(capabilities::from_raw(QEMU)).unwrap();
        assert_eq!(qemu.widest_first_stage(), Some(Stage::Sv57));
        // Sv32 alone (a 32-bit first stage the driver does not build), or only a G-stage.
        assert_eq!(first_stage_modes(0b0001).widest_first_stage(), None);
        assert_eq!(first_stage_modes(0).widest_first_stage(), None);
        let g_only = first_stage_modes(0);
        assert!(g_only.offers(Stage::Sv39x4) && !g_only.offers(Stage::Sv39));
    }

    #[test]
    fn the_stages_geometry() {
        let shifts = |s: Stage| s.table_shifts().collect::<alloc::vec::Vec<_>>();
        assert_eq!(
            (Stage::Sv39.va_bits(), Stage::Sv39.aperture_bits()),
            (39, 38)
        );
        assert_eq!(
            (Stage::Sv48.va_bits(), Stage::Sv48.aperture_bits()),
            (48, 47)
        );
        assert_eq!(
            (Stage::Sv57.va_bits(), Stage::Sv57.aperture_bits()),
            (57, 56)
        );
        assert_eq!(
            (Stage::Sv39x4.va_bits(), Stage::Sv39x4.aperture_bits()),
            (41, 41)
        );
        assert_eq!(
            (Stage::Sv48x4.va_bits(), Stage::Sv48x4.aperture_bits()),
            (50, 50)
        );
        assert_eq!(shifts(Stage::Sv39), [30, 21]);
        assert_eq!(shifts(Stage::Sv48), [39, 30, 21]);
        assert_eq!(shifts(Stage::Sv57), [48, 39, 30, 21]);
        assert_eq!(shifts(Stage::Sv39x4), [30, 21]);
        assert_eq!(shifts(Stage::Sv48x4), [39, 30, 21]);
        assert_eq!(Stage::Sv57.name(), "Sv57");
    }

    #[test]
    fn refuses_what_it_cannot_drive() {
        // Version 2.0.
        let v2 = (QEMU & !0xff) | 0x20;
        assert!(matches!(
            Caps::decode(capabilities::from_raw(v2)),
            Err(Error::Unsupported { .. })
        ));
        // No page-table mode at all (bits [11:8] and [19:16] clear).
        let none = QEMU & !0x000f_0f00;
        assert!(matches!(
            Caps::decode(capabilities::from_raw(none)),
            Err(Error::Unsupported { .. })
        ));
    }
}
