//! A five-minute tour: the SMMUv3 driver runtime against the userspace mock of the device.
//! Probe the SMMU, create a paging domain, attach a device's StreamID to it, map a buffer, let
//! the device DMA through it, unmap, and read the translation fault the SMMU reports.
//!
//! Run with `cargo run -p iommugen-examples --example mock_dma`.

use iommugen_mock::{MockSmmu, Outcome, Transfer};
use iommugen_runtime::error::Error;
use iommugen_runtime::hal::Hal;
use iommugen_runtime::smmuv3::attach::Target;
use iommugen_runtime::smmuv3::domain::RW;
use iommugen_runtime::smmuv3::smmu::{Config, Smmu};

/// The device's StreamID (a PCI requester ID: bus 0, device 2, function 0).
const SID: u32 = 0x10;
/// Where the device sees the buffer.
const IOVA: u64 = 0x1000_0000;

fn main() -> Result<(), Error> {
    // 1. Probe and enable: the runtime reads IDR0..IDR5, sets up the stream table and the
    //    queues, and turns translation on with every stream aborting.
    let mut smmu = Smmu::new(MockSmmu::new(), Config::default())?;
    let f = smmu.features;
    println!(
        "probed: stage1={} stage2={} StreamID bits={} PASID bits={} OAS={} bits, 2-level stream table={}",
        f.stage1, f.stage2, f.sid_bits, f.ssid_bits, f.oas_bits, f.two_level_strtab
    );

    // 2. A buffer in (simulated) RAM, and a paging domain mapping it at IOVA.
    let buf = smmu.hal.dma_alloc(4096, 4096)?;
    let domain = smmu.alloc_paging_domain()?;
    smmu.map(domain, IOVA, buf.addr, 4096, RW)?;
    println!(
        "mapped IOVA {IOVA:#x} -> PA {:#x} (ASID {})",
        buf.addr,
        smmu.asid(domain)?
    );

    // 3. Attach the device: its STE now points at a CD holding the domain's page table.
    smmu.attach_dev(SID, Target::Domain(domain))?;
    println!("STE of StreamID {SID:#x}: {:?}", smmu.ste(SID));

    // 4. The device writes through the IOMMU.
    let dma = smmu.hal.dma(
        SID,
        None,
        IOVA + 0x100,
        Transfer::Write(b"through the SMMU"),
    );
    println!("DMA write to {:#x}: {:?}", IOVA + 0x100, dma.outcome);
    let landed = smmu
        .hal
        .read_bytes(buf.addr + 0x100, 16)
        .unwrap_or_default();
    println!(
        "memory at PA {:#x}: {:?}",
        buf.addr + 0x100,
        String::from_utf8_lossy(&landed)
    );

    // 5. Unmap (the runtime invalidates the TLB), and the same access now faults.
    smmu.unmap(domain, IOVA, 4096)?;
    let dma = smmu.hal.dma(SID, None, IOVA + 0x100, Transfer::Read(16));
    println!(
        "DMA read after unmap: {}",
        if matches!(dma.outcome, Outcome::Terminated(_)) {
            "faulted"
        } else {
            "translated?!"
        }
    );

    // 6. The SMMU reported it in the event queue.
    smmu.poll_events(|e| {
        println!(
            "event {:#04x} from StreamID {:#x}: {:?}",
            e.number(),
            e.stream_id(),
            e.event
        )
    });
    Ok(())
}
