//! The mutants of the semantics every architecture carries (cargo feature `planted`; production
//! builds and the Linux module carry none of this): the seed thread's answers (b) and (c), a
//! PASID table shared by devices, release of ownership ignoring PASIDs, and skipped directory
//! or TLB invalidations, each realised by an architecture at one `#[cfg(feature = "planted")]`
//! site next to the code it breaks (`smmuv3::planted`, `riscv::attach`, `riscv::domain`), so
//! that test suites can prove they find them.

/// A mutant of the semantics or of an invalidation (mutation testing). [`Mutation::None`] is
/// the correct driver.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mutation {
    /// The correct driver.
    None,
    /// Unmap skips the TLB invalidation.
    SkipUnmapInvalidation,
    /// Device-entry updates skip their invalidation (SMMUv3: CFGI_STE for an STE; RISC-V:
    /// IODIR.INVAL_DDT / INVAL_PDT for a device or process context), so the IOMMU may keep
    /// using a cached entry.
    SkipSteInvalidation,
    /// Only detaching the RID skips the device entry's invalidation.
    SkipDetachInvalidation,
    /// Detaching the RID also removes every PASID (answer (b) of the seed thread).
    DetachKillsPasids,
    /// Detaching the RID is refused while PASIDs are attached (answer (c)).
    DetachRefusedWithPasids,
    /// Devices attached to the same RID domain share one PASID table.
    SharedPasidTable,
    /// Releasing ownership does not check that the PASID table is empty.
    ReleaseIgnoresPasids,
}
