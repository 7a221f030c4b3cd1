//! A five-minute tour of the RISC-V IOMMU driver against the userspace mock of the device:
//! bring the IOMMU up, create an Sv39 paging domain, attach a device to it, map a buffer, let
//! the device DMA through it, give one PASID a domain of its own, unmap, and read the page
//! fault the IOMMU reports in its fault queue.
//!
//! Run with `cargo run -p iommugen-examples --example riscv_dma`.

use iommugen_mock::engine::dma::Outcome;
use iommugen_mock::riscv::RiscvMock;
use iommugen_mock::Transfer;
use iommugen_runtime::error::Error;
use iommugen_runtime::hal::Hal;
use iommugen_runtime::pgtable::Prot;
use iommugen_runtime::riscv::{Config, Iommu, Stage, Target};

/// The device's device_id (a PCI requester ID: bus 0, device 2, function 0).
const DID: u32 = 0x10;
/// Where the device sees the buffer.
const IOVA: u64 = 0x1000_0000;

fn main() -> Result<(), Error> {
    // 1. Probe and bring up: capabilities decoded, fctl set, the command, fault and
    //    page-request queues on, a three-level device directory in ddtp (every device blocked).
    let m = RiscvMock::new();
    let mut iommu = Iommu::new(m.clone(), Config::default())?;
    let c = iommu.caps;
    println!(
        "probed: version {:#x}, Sv39/48/57 {}/{}/{}, Sv39x4/48x4 {}/{}, 64-byte contexts {}, process directory {:?}",
        c.version, c.sv39, c.sv48, c.sv57, c.sv39x4, c.sv48x4, c.extended, c.pd
    );

    // 2. A buffer in (simulated) RAM, and a paging domain mapping it at IOVA.
    let buf = m.dma_alloc(4096, 4096)?;
    let domain = iommu.alloc_domain(Stage::Sv39)?;
    iommu.map(domain, IOVA, buf.addr, 4096, Prot::READ | Prot::WRITE)?;
    println!("mapped IOVA {IOVA:#x} -> PA {:#x}", buf.addr);

    // 3. Attach the device: its device context now holds the domain's Sv39 root and PSCID.
    iommu.attach_dev(DID, Target::Domain(domain))?;
    println!("device context of {DID:#x}: {:?}", iommu.dc(DID));

    // 4. The device writes through the IOMMU.
    let dma = m.dma(
        DID,
        None,
        IOVA + 0x100,
        Transfer::Write(b"through the IOMMU"),
    );
    println!("DMA write to {:#x}: {:?}", IOVA + 0x100, dma.outcome);
    let landed = m.read_bytes(buf.addr + 0x100, 17).unwrap_or_default();
    println!(
        "memory at PA {:#x}: {:?}",
        buf.addr + 0x100,
        String::from_utf8_lossy(&landed)
    );

    // 5. PASID 1 gets an Sv48 domain of its own: the device context now points at a process
    //    directory, process 0 serving DMA without a PASID.
    let other = m.dma_alloc(4096, 4096)?;
    let pasid_domain = iommu.alloc_domain(Stage::Sv48)?;
    iommu.map(
        pasid_domain,
        IOVA,
        other.addr,
        4096,
        Prot::READ | Prot::WRITE,
    )?;
    iommu.set_dev_pasid(DID, 1, Target::Domain(pasid_domain))?;
    let dma = m.dma(DID, Some(1), IOVA, Transfer::Read(8));
    println!(
        "DMA read with PASID 1 lands at {:#x} (the PASID's page is {:#x})",
        dma.pa().unwrap_or(0),
        other.addr
    );

    // 6. Unmap (the driver issues IOTINVAL.VMA), and the same access now faults.
    iommu.unmap(domain, IOVA, 4096)?;
    let dma = m.dma(DID, None, IOVA + 0x100, Transfer::Read(16));
    println!(
        "DMA read after unmap: {}",
        if matches!(dma.outcome, Outcome::Terminated(_)) {
            "faulted"
        } else {
            "translated?!"
        }
    );

    // 7. The IOMMU recorded it in the fault queue.
    iommu.drain_faults(|f| {
        println!(
            "fault from device_id {:#x}: cause {:?}, type {:?}, iotval {:#x}",
            f.DID(),
            f.CAUSE(),
            f.TTYP(),
            f.iotval()
        )
    });

    // 8. Shut down: ddtp Off, the queues off, every table freed.
    iommu.shutdown()?;
    Ok(())
}
