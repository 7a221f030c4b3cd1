//! QEMU's edu device as a VFIO device: bound to `vfio-pci` through sysfs, opened as its cdev
//! (`/dev/vfio/devices/vfioN`) and bound to an iommufd, its BAR0 mapped so that userspace
//! programs its DMA engine, bus mastering switched on through the config region.
//!
//! edu facts (QEMU `docs/specs/edu.rst`): vendor 0x1234, device 0x11e8; BAR0 registers: 0x80
//! DMA source, 0x88 DMA destination, 0x90 DMA count, 0x98 DMA command (bit 0 start, cleared
//! when the transfer is done; bit 1 direction, 1 = from the device's buffer to memory); the
//! device's buffer is at 0x40000 in its DMA space, 4 KiB.

use std::fs;
use std::os::fd::{AsRawFd, OwnedFd};
use std::time::{Duration, Instant};

use crate::sys::{self, Mapping};
use crate::uapi::{self, size_of};

const REG_DMA_SRC: usize = 0x80;
const REG_DMA_DST: usize = 0x88;
const REG_DMA_CNT: usize = 0x90;
const REG_DMA_CMD: usize = 0x98;
const CMD_START: u64 = 1 << 0;
const CMD_TO_RAM: u64 = 1 << 1;
/// The edu device's buffer in its own DMA space.
pub const BUF: u64 = 0x4_0000;
/// The bound on one transfer (QEMU's edu takes 100 ms of virtual time for each).
const DMA_TIMEOUT: Duration = Duration::from_secs(5);
/// PCI command register: memory space and bus master enable.
const PCI_COMMAND: u64 = 0x4;
const PCI_COMMAND_MEMORY_MASTER: u16 = 0x2 | 0x4;

/// The PCI addresses (`dddd:bb:dd.f`) of the edu devices on the bus, in order.
pub fn find_edus() -> Result<Vec<String>, String> {
    let dir = "/sys/bus/pci/devices";
    let read = |p: String| fs::read_to_string(p).unwrap_or_default();
    let mut out = Vec::new();
    for e in fs::read_dir(dir)
        .map_err(|e| format!("{dir}: {e}"))?
        .flatten()
    {
        let name = e.file_name().to_string_lossy().into_owned();
        if read(format!("{dir}/{name}/vendor")).trim() == "0x1234"
            && read(format!("{dir}/{name}/device")).trim() == "0x11e8"
        {
            out.push(name);
        }
    }
    if out.is_empty() {
        return Err("no edu device (1234:11e8) on the PCI bus".into());
    }
    out.sort();
    Ok(out)
}

/// Binds PCI device `bdf` to `vfio-pci` and returns its cdev path.
pub fn bind_vfio_pci(bdf: &str) -> Result<String, BindError> {
    let dev = format!("/sys/bus/pci/devices/{bdf}");
    let _ = fs::write(format!("{dev}/driver/unbind"), bdf);
    fs::write(format!("{dev}/driver_override"), "vfio-pci")
        .map_err(|e| BindError::Other(format!("{dev}/driver_override: {e}")))?;
    fs::write("/sys/bus/pci/drivers_probe", bdf)
        .map_err(|e| BindError::Other(format!("drivers_probe {bdf}: {e}")))?;
    let vfio_dev = format!("{dev}/vfio-dev");
    let start = Instant::now();
    loop {
        if let Some(n) = fs::read_dir(&vfio_dev)
            .ok()
            .and_then(|mut d| d.next())
            .and_then(|e| e.ok())
        {
            let name = n.file_name().to_string_lossy().into_owned();
            let path = format!("/dev/vfio/devices/{name}");
            if fs::metadata(&path).is_ok() {
                return Ok(path);
            }
        }
        if start.elapsed() > Duration::from_secs(5) {
            let Ok(driver) = fs::read_link(format!("{dev}/driver")) else {
                return Err(BindError::ProbeFailed(format!(
                    "vfio-pci did not bind {bdf}: its probe failed (the kernel log says why)"
                )));
            };
            return Err(BindError::Other(format!(
                "{bdf} has no VFIO cdev after binding vfio-pci (driver: {}); is CONFIG_VFIO_DEVICE_CDEV set?",
                driver.display()
            )));
        }
        sys::sleep_us(10_000);
    }
}

/// Why a device could not be handed to VFIO.
pub enum BindError {
    /// vfio-pci's probe failed: the kernel refuses VFIO for the device (vfio-pci requires,
    /// among others, that the IOMMU driver report `IOMMU_CAP_CACHE_COHERENCY`).
    ProbeFailed(String),
    /// Anything else (sysfs, configuration).
    Other(String),
}

impl From<String> for BindError {
    fn from(e: String) -> Self {
        BindError::Other(e)
    }
}

/// The edu device opened through VFIO and bound to an iommufd.
pub struct Device {
    fd: OwnedFd,
    /// The iommufd device ID (`out_devid` of the bind).
    pub dev_id: u32,
    bar0: Mapping,
}

fn errno(what: &str, e: i32) -> String {
    format!("{what}: {}", std::io::Error::from_raw_os_error(e))
}

impl Device {
    /// Opens the cdev at `path`, binds it to `iommufd` (taking DMA ownership: the device is
    /// blocked until attached), maps BAR0 and enables bus mastering.
    pub fn open(path: &str, iommufd: &OwnedFd) -> Result<Device, String> {
        let fd = sys::open_rw(path).map_err(|e| format!("open {path}: {e}"))?;
        let mut bind = uapi::VfioDeviceBindIommufd {
            argsz: size_of::<uapi::VfioDeviceBindIommufd>(),
            iommufd: iommufd.as_raw_fd(),
            ..Default::default()
        };
        sys::ioctl(&fd, uapi::VFIO_DEVICE_BIND_IOMMUFD, &mut bind)
            .map_err(|e| errno("VFIO_DEVICE_BIND_IOMMUFD", e))?;
        let bar = region(&fd, uapi::VFIO_PCI_BAR0_REGION_INDEX)?;
        if bar.flags & uapi::VFIO_REGION_INFO_FLAG_MMAP == 0 || bar.size < 0x1000 {
            return Err(format!("edu BAR0 cannot be mapped: {bar:?}"));
        }
        let bar0 = Mapping::device(&fd, bar.offset, bar.size as usize)
            .map_err(|e| format!("mmap BAR0: {e}"))?;
        let cfg = region(&fd, uapi::VFIO_PCI_CONFIG_REGION_INDEX)?;
        let mut cmd = [0u8; 2];
        sys::pread(&fd, &mut cmd, cfg.offset + PCI_COMMAND)
            .map_err(|e| format!("read PCI_COMMAND: {e}"))?;
        let cmd = u16::from_le_bytes(cmd) | PCI_COMMAND_MEMORY_MASTER;
        sys::pwrite(&fd, &cmd.to_le_bytes(), cfg.offset + PCI_COMMAND)
            .map_err(|e| format!("write PCI_COMMAND: {e}"))?;
        let id = bar0.read32(0);
        if id & 0xff != 0xed {
            return Err(format!("BAR0 identification {id:#x} is not edu's"));
        }
        Ok(Device {
            fd,
            dev_id: bind.out_devid,
            bar0,
        })
    }

    /// `VFIO_DEVICE_ATTACH_IOMMUFD_PT`: the device's RID (or `pasid`) to page table `pt_id`
    /// (attach, or replace when something is attached already). The errno on refusal.
    pub fn attach(&self, pt_id: u32, pasid: Option<u32>) -> Result<(), i32> {
        let mut a = uapi::VfioDeviceAttachIommufdPt {
            argsz: size_of::<uapi::VfioDeviceAttachIommufdPt>(),
            flags: if pasid.is_some() { uapi::VFIO_PASID } else { 0 },
            pt_id,
            pasid: pasid.unwrap_or(0),
        };
        sys::ioctl(&self.fd, uapi::VFIO_DEVICE_ATTACH_IOMMUFD_PT, &mut a)
    }

    /// `VFIO_DEVICE_DETACH_IOMMUFD_PT`: the RID (or `pasid`) back to blocked.
    pub fn detach(&self, pasid: Option<u32>) -> Result<(), i32> {
        let mut d = uapi::VfioDeviceDetachIommufdPt {
            argsz: size_of::<uapi::VfioDeviceDetachIommufdPt>(),
            flags: if pasid.is_some() { uapi::VFIO_PASID } else { 0 },
            pasid: pasid.unwrap_or(0),
        };
        sys::ioctl(&self.fd, uapi::VFIO_DEVICE_DETACH_IOMMUFD_PT, &mut d)
    }

    /// Starts copying `len` bytes of the device's buffer to I/O virtual address `iova`.
    pub fn start_write_to(&self, iova: u64, len: u64) {
        self.bar0.write64(REG_DMA_SRC, BUF);
        self.bar0.write64(REG_DMA_DST, iova);
        self.bar0.write64(REG_DMA_CNT, len);
        self.bar0.write64(REG_DMA_CMD, CMD_START | CMD_TO_RAM);
    }

    /// Waits (bounded) for the transfer started last to end; a DMA the IOMMU refuses ends all
    /// the same.
    pub fn wait(&self) -> Result<(), String> {
        let start = Instant::now();
        while self.bar0.read64(REG_DMA_CMD) & CMD_START != 0 {
            if start.elapsed() > DMA_TIMEOUT {
                return Err(format!("edu DMA did not end within {DMA_TIMEOUT:?}"));
            }
            sys::sleep_us(2_000);
        }
        Ok(())
    }
}

/// `VFIO_DEVICE_GET_REGION_INFO` of region `index`.
fn region(fd: &OwnedFd, index: u32) -> Result<uapi::VfioRegionInfo, String> {
    let mut r = uapi::VfioRegionInfo {
        argsz: size_of::<uapi::VfioRegionInfo>(),
        index,
        ..Default::default()
    };
    sys::ioctl(fd, uapi::VFIO_DEVICE_GET_REGION_INFO, &mut r)
        .map_err(|e| errno(&format!("VFIO_DEVICE_GET_REGION_INFO {index}"), e))?;
    Ok(r)
}
