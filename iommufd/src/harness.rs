//! `conformance::harness::Harness` over iommufd and VFIO: the suite's operations as the Linux
//! user API offers them to a VFIO device, against whatever IOMMU driver the kernel runs.
//!
//! - a paging domain is an IOAS of its own with an HWPT allocated from it
//!   (`IOMMU_IOAS_ALLOC`, `IOMMU_HWPT_ALLOC`); `domain_alloc` allocates both, `domain_free` is
//!   `IOMMU_DESTROY` of the HWPT (which iommufd refuses with `EBUSY` while a device uses it),
//!   then of the IOAS;
//! - `attach_dev` of a paging domain is `VFIO_DEVICE_ATTACH_IOMMUFD_PT` (a replace when one is
//!   attached), `detach_dev` is `VFIO_DEVICE_DETACH_IOMMUFD_PT` (the device is then blocked);
//! - `set_dev_pasid` / `remove_dev_pasid` are the same ioctls with `VFIO_DEVICE_ATTACH_PASID`,
//!   when `IOMMU_GET_HW_INFO` reports PASIDs for the device (else not applicable);
//! - `release_owner` closes the VFIO device (iommufd unbinds it and releases DMA ownership),
//!   then opens and binds it again: the next owner finds it blocked, which is what the
//!   semantics say release leaves;
//! - the user API has no identity or blocked HWPT and no SVA domain for a VFIO device:
//!   attaching those is not applicable.
//!
//! Observation: each paging domain maps `out` (an I/O virtual address equal to the physical
//! address of the harness's bypass page) to a page of its own; the edu device copies its buffer
//! to `out`. Every page is filled with a sentinel first: the page that changed says which domain
//! translated the DMA (a freed domain's page: a stale translation), the bypass page that it was
//! not translated, none that it faulted.

use std::os::fd::OwnedFd;

use iommugen_conformance::harness::{Answer, Harness, NotApplicable};
use iommugen_conformance::model::{Domain, Error, Kind, Op, Outcome};
use iommugen_conformance::universe::Universe;

use crate::sys::{self, Mapping};
use crate::uapi::{self, size_of};
use crate::vfio::{self, Device};

/// Bytes each observation moves.
const LEN: u64 = 64;
/// What every observed page holds before a DMA.
const SENTINEL: u64 = 0x5e5e_5e5e_5e5e_5e5e;
const PAGE: usize = 4096;

/// One allocation of a universe paging domain.
struct Hwpt {
    domain: Domain,
    ioas: u32,
    hwpt: u32,
    page: Mapping,
    freed: bool,
}

/// The harness: one edu device, the iommufd, the domains.
pub struct IommufdHarness {
    cdev: String,
    iommufd: Option<OwnedFd>,
    device: Option<Device>,
    hwpts: Vec<Hwpt>,
    bypass: Mapping,
    /// The I/O virtual address every observation writes to (the bypass page's physical
    /// address).
    out: u64,
    /// `out_max_pasid_log2` of `IOMMU_GET_HW_INFO` for the device (0: no PASIDs).
    pub max_pasid_log2: u8,
    /// The driver's name, for reports.
    driver: String,
    /// DMAs played.
    pub dmas: u64,
}

fn errno_text(e: i32) -> String {
    std::io::Error::from_raw_os_error(e).to_string()
}

/// A refusal's errno as the suite's answer: the semantics' errors, or a failure.
fn refused(what: &str, e: i32) -> Answer {
    match e {
        libc::EBUSY => Answer::Refused(Error::Ebusy),
        libc::EINVAL => Answer::Refused(Error::Einval),
        _ => Answer::Failed(format!("{what}: {}", errno_text(e))),
    }
}

impl IommufdHarness {
    /// Finds the edu device, binds it to vfio-pci and opens it once to read what iommufd
    /// reports for it; `driver` names the IOMMU driver for reports.
    pub fn new(driver: &str) -> Result<Self, String> {
        let bdf = vfio::find_edu()?;
        let cdev = vfio::bind_vfio_pci(&bdf)?;
        let bypass = Mapping::anonymous(PAGE).map_err(|e| format!("bypass page: {e}"))?;
        bypass.write64(0, SENTINEL);
        let out = sys::physical(bypass.addr()).map_err(|e| e.to_string())?;
        let mut h = IommufdHarness {
            cdev,
            iommufd: None,
            device: None,
            hwpts: Vec::new(),
            bypass,
            out,
            max_pasid_log2: 0,
            driver: driver.into(),
            dmas: 0,
        };
        h.open()?;
        let mut info = uapi::IommuHwInfo {
            size: size_of::<uapi::IommuHwInfo>(),
            dev_id: h.device()?.dev_id,
            ..Default::default()
        };
        sys::ioctl(h.fd()?, uapi::IOMMU_GET_HW_INFO, &mut info)
            .map_err(|e| format!("IOMMU_GET_HW_INFO: {}", errno_text(e)))?;
        h.max_pasid_log2 = info.out_max_pasid_log2;
        println!(
            "iommufd-conformance: edu {bdf} as {}: iommufd device {}, hw_info type {}, max_pasid_log2 {}, capabilities {:#x}; observing at IOVA {out:#x}",
            h.cdev, info.dev_id, info.out_data_type, info.out_max_pasid_log2, info.out_capabilities
        );
        Ok(h)
    }

    fn fd(&self) -> Result<&OwnedFd, String> {
        self.iommufd.as_ref().ok_or_else(|| "no iommufd".into())
    }

    fn device(&self) -> Result<&Device, String> {
        self.device
            .as_ref()
            .ok_or_else(|| "the device is not open".into())
    }

    /// A fresh iommufd (every object of the previous one goes with it) and the device bound.
    fn open(&mut self) -> Result<(), String> {
        self.device = None;
        self.hwpts.clear();
        self.iommufd = None;
        self.iommufd = Some(sys::open_rw("/dev/iommu").map_err(|e| format!("/dev/iommu: {e}"))?);
        self.device = Some(Device::open(&self.cdev, self.fd()?)?);
        Ok(())
    }

    /// A new IOAS and HWPT for universe domain `d`, `out` mapped to a new page.
    fn alloc(&mut self, d: Domain) -> Result<(), i32> {
        let fd = self.iommufd.as_ref().ok_or(libc::EBADF)?;
        let dev_id = self.device.as_ref().ok_or(libc::ENODEV)?.dev_id;
        let page = Mapping::anonymous(PAGE).map_err(|e| e.raw_os_error().unwrap_or(libc::EIO))?;
        let mut ioas = uapi::IommuIoasAlloc {
            size: size_of::<uapi::IommuIoasAlloc>(),
            ..Default::default()
        };
        sys::ioctl(fd, uapi::IOMMU_IOAS_ALLOC, &mut ioas)?;
        let mut map = uapi::IommuIoasMap {
            size: size_of::<uapi::IommuIoasMap>(),
            flags: uapi::IOAS_MAP_FIXED_IOVA | uapi::IOAS_MAP_READABLE | uapi::IOAS_MAP_WRITEABLE,
            ioas_id: ioas.out_ioas_id,
            user_va: page.addr(),
            length: PAGE as u64,
            iova: self.out & !(PAGE as u64 - 1),
            ..Default::default()
        };
        let mut hwpt = uapi::IommuHwptAlloc {
            size: size_of::<uapi::IommuHwptAlloc>(),
            dev_id,
            pt_id: ioas.out_ioas_id,
            ..Default::default()
        };
        let r = sys::ioctl(fd, uapi::IOMMU_IOAS_MAP, &mut map)
            .and_then(|()| sys::ioctl(fd, uapi::IOMMU_HWPT_ALLOC, &mut hwpt));
        if let Err(e) = r {
            let _ = destroy(fd, ioas.out_ioas_id);
            return Err(e);
        }
        self.hwpts.push(Hwpt {
            domain: d,
            ioas: ioas.out_ioas_id,
            hwpt: hwpt.out_hwpt_id,
            page,
            freed: false,
        });
        Ok(())
    }

    fn live(&self, d: Domain) -> Option<&Hwpt> {
        self.hwpts.iter().find(|h| h.domain == d && !h.freed)
    }

    /// The page table `d` names, for attach.
    fn pt(&self, d: Domain) -> Result<u32, Answer> {
        self.live(d)
            .map(|h| h.hwpt)
            .ok_or_else(|| Answer::Failed(format!("{d:?} has no HWPT")))
    }
}

/// `IOMMU_DESTROY` of object `id`.
fn destroy(fd: &OwnedFd, id: u32) -> Result<(), i32> {
    let mut d = uapi::IommuDestroy {
        size: size_of::<uapi::IommuDestroy>(),
        id,
    };
    sys::ioctl(fd, uapi::IOMMU_DESTROY, &mut d)
}

fn pasids_na(bits: u8) -> NotApplicable {
    NotApplicable(format!(
        "iommufd reports no PASIDs for the device (IOMMU_GET_HW_INFO max_pasid_log2 = {bits}: edu has no PASID capability, QEMU's SMMUv3 no SubstreamIDs)"
    ))
}

impl Harness for IommufdHarness {
    fn name(&self) -> String {
        format!("{} through iommufd + VFIO ({})", self.driver, self.cdev)
    }

    fn reset(&mut self, u: &Universe) -> Result<(), String> {
        if u.devices != 1 {
            return Err(format!(
                "one edu device serves the suite; the universe has {}",
                u.devices
            ));
        }
        self.open()?;
        for d in u.live.iter().filter(|d| d.kind == Kind::Paging) {
            self.alloc(*d)
                .map_err(|e| format!("allocating {d:?}: {}", errno_text(e)))?;
        }
        Ok(())
    }

    fn applicable(&self, op: &Op) -> Result<(), NotApplicable> {
        let sva = || NotApplicable("iommufd offers no SVA domain to a VFIO device".into());
        match op {
            Op::AttachDev { d } => match d.kind {
                Kind::Paging => Ok(()),
                Kind::Identity => Err(NotApplicable(
                    "the iommufd uAPI has no identity HWPT (paging domains only)".into(),
                )),
                Kind::Blocked => Err(NotApplicable(
                    "the iommufd uAPI has no blocked HWPT (detach blocks)".into(),
                )),
                Kind::Sva => Err(sva()),
            },
            Op::SetDevPasid { d, .. } if d.kind == Kind::Sva => Err(sva()),
            Op::SetDevPasid { .. } | Op::RemoveDevPasid { .. } if self.max_pasid_log2 == 0 => {
                Err(pasids_na(self.max_pasid_log2))
            }
            Op::DomainAlloc { d } | Op::DomainFree { d } if d.kind == Kind::Sva => Err(sva()),
            _ => Ok(()),
        }
    }

    fn observable(&self, pasid: Option<u32>) -> Result<(), NotApplicable> {
        match pasid {
            None => Ok(()),
            Some(_) => Err(NotApplicable("the edu device issues no PASID".into())),
        }
    }

    fn apply(&mut self, _dev: usize, op: &Op) -> Answer {
        let Some(device) = self.device.as_ref() else {
            return Answer::Failed("the device is not open".into());
        };
        let r = match op {
            Op::AttachDev { d } => match self.pt(*d) {
                Ok(pt) => device.attach(pt, None),
                Err(a) => return a,
            },
            Op::DetachDev {} => device.detach(None),
            Op::SetDevPasid { p, d } => match self.pt(*d) {
                Ok(pt) => device.attach(pt, Some(*p)),
                Err(a) => return a,
            },
            Op::RemoveDevPasid { p } => device.detach(Some(*p)),
            Op::ReleaseOwner {} => {
                // Closing the device releases ownership; the iommufd and its objects stay.
                self.device = None;
                let Some(fd) = self.iommufd.as_ref() else {
                    return Answer::Failed("no iommufd".into());
                };
                return match Device::open(&self.cdev, fd) {
                    Ok(d) => {
                        self.device = Some(d);
                        Answer::Ok
                    }
                    Err(e) => Answer::Failed(format!("reopening after release: {e}")),
                };
            }
            Op::DomainAlloc { d } => self.alloc(*d),
            Op::DomainFree { d } => {
                let Some(n) = self.hwpts.iter().position(|h| h.domain == *d && !h.freed) else {
                    return Answer::Failed(format!("{d:?} is not allocated"));
                };
                let Some(fd) = self.iommufd.as_ref() else {
                    return Answer::Failed("no iommufd".into());
                };
                let r = destroy(fd, self.hwpts[n].hwpt);
                if r.is_ok() {
                    if let Err(e) = destroy(fd, self.hwpts[n].ioas) {
                        return Answer::Failed(format!(
                            "IOMMU_DESTROY of the freed HWPT's IOAS: {}",
                            errno_text(e)
                        ));
                    }
                    self.hwpts[n].freed = true;
                }
                r
            }
        };
        match r {
            Ok(()) => Answer::Ok,
            Err(e) => refused(op.name(), e),
        }
    }

    fn observe(&mut self, _dev: usize, pasid: Option<u32>) -> Result<Outcome, String> {
        if pasid.is_some() {
            return Err("the edu device issues no PASID".into());
        }
        let off = (self.out % PAGE as u64) as usize;
        let pages = || self.hwpts.iter().map(|h| &h.page).chain([&self.bypass]);
        for p in pages() {
            for w in 0..(LEN as usize / 8) {
                p.write64(off + 8 * w, SENTINEL);
            }
        }
        self.device()?.write_to(self.out, LEN)?;
        self.dmas += 1;
        let hit = |p: &Mapping| (0..LEN as usize / 8).any(|w| p.read64(off + 8 * w) != SENTINEL);
        let mut hits = self.hwpts.iter().filter(|h| hit(&h.page));
        let bypassed = hit(&self.bypass);
        match (hits.next(), hits.next(), bypassed) {
            (None, _, false) => Ok(Outcome::Fault),
            (None, _, true) => Ok(Outcome::Bypass),
            (Some(h), None, false) if !h.freed => Ok(Outcome::Translate(h.domain)),
            (Some(h), None, false) => Err(format!(
                "translated by a freed allocation of {:?} (a stale translation)",
                h.domain
            )),
            _ => Err("one DMA reached several pages".into()),
        }
    }
}
