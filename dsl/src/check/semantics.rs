//! The `semantics` section: domain types, device state, operations, observations and
//! realisation rules, with every name resolved and every expression type-checked.

use std::collections::HashMap;

use crate::ast::{self, CmpOp, Expr, Seg};
use crate::check::{doc, section, Checker};
use crate::diag::Diagnostic;
use crate::ir::{self, ParamType, SExpr, SlotRef};
use crate::source::Span;

/// The type of a semantics expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ty {
    Device,
    /// A domain; `optional` when it may be `none`.
    Domain {
        optional: bool,
    },
    /// A domain type name: a kind, or the static domain of that type.
    TypeName,
    Kind,
    Pasid,
    Table,
    Bool,
    Num,
    None,
}

impl Ty {
    fn describe(self) -> &'static str {
        match self {
            Ty::Device => "a device",
            Ty::Domain { .. } => "a domain",
            Ty::TypeName => "a domain type",
            Ty::Kind => "a domain type",
            Ty::Pasid => "a PASID",
            Ty::Table => "a PASID table",
            Ty::Bool => "a condition",
            Ty::Num => "a number",
            Ty::None => "`none`",
        }
    }
}

/// Names in scope while checking one declaration.
struct Scope<'s> {
    params: &'s [ir::Param],
    sem: &'s Tables,
}

/// What the section declares, for lookups.
struct Tables {
    domains: Vec<String>,
    errors: Vec<String>,
    slots: Vec<ir::Slot>,
}

impl<'a> Checker<'a> {
    pub(crate) fn check_semantics(
        &mut self,
        s: &ast::Semantics,
        entries: &[ir::Entry],
    ) -> Option<ir::Semantics> {
        let before = self.diags.len();
        self.check_unique(
            s.domains.iter().map(|d| &d.name),
            "domain type",
            "the semantics",
        );
        self.check_unique(s.errors.iter().map(|e| &e.name), "error", "the semantics");
        self.check_unique(s.ops.iter().map(|o| &o.name), "op", "the semantics");
        let domains: Vec<ir::DomainType> = s
            .domains
            .iter()
            .map(|d| ir::DomainType {
                name: d.name.text.clone(),
                outcome: match d.outcome.0 {
                    ast::Outcome::Translate => ir::Outcome::Translate,
                    ast::Outcome::Bypass => ir::Outcome::Bypass,
                    ast::Outcome::Fault => ir::Outcome::Fault,
                },
                pasid_only: d.pasid_only,
                doc: doc(&d.docs),
            })
            .collect();
        let errors: Vec<ir::ErrorDef> = s
            .errors
            .iter()
            .map(|e| ir::ErrorDef {
                name: e.name.text.clone(),
                text: e.text.value.clone(),
                doc: doc(&e.docs),
            })
            .collect();
        if s.devices.len() > 1 {
            self.error(
                Diagnostic::new(
                    "iommu::duplicate",
                    "the device state is declared twice",
                    s.devices[1].1,
                    "second `device` block",
                )
                .label(s.devices[0].1, "first")
                .help("declare every slot in one `device { ... }` block"),
            );
        }
        let all_slots: Vec<&ast::Slot> = s.devices.iter().flat_map(|d| d.0.iter()).collect();
        self.check_unique(
            all_slots.iter().map(|s| &s.name),
            "state slot",
            "the device",
        );
        let domain_names: Vec<String> = domains.iter().map(|d| d.name.clone()).collect();
        let mut slots = Vec::new();
        for sl in &all_slots {
            if let Some((lo, hi)) = sl.range {
                if lo.value > hi.value {
                    self.error(
                        Diagnostic::new(
                            "iommu::semantics",
                            format!("index range {}..{} is empty", lo.value, hi.value),
                            lo.span.join(hi.span),
                            "low > high",
                        )
                        .help("write the lowest index first"),
                    );
                }
                if !sl.optional {
                    self.error(
                        Diagnostic::new(
                            "iommu::semantics",
                            format!("table slot `{}` must be optional", sl.name.text),
                            sl.name.span,
                            "write `domain?`",
                        )
                        .help(
                            "entries of a PASID table start empty (`none`): declare it `: domain?`",
                        ),
                    );
                }
            } else if !sl.optional && sl.default.is_none() {
                self.error(
                    Diagnostic::new("iommu::semantics", format!("slot `{}` needs a default domain type", sl.name.text), sl.name.span, "no initial value")
                        .help("write `: domain = blocked` (or another declared type), or make it optional with `domain?`"),
                );
            }
            if let Some(d) = &sl.default {
                if !domain_names.contains(&d.text) {
                    self.unknown(
                        "domain type",
                        d,
                        domain_names.iter().map(String::as_str),
                        "",
                    );
                }
            }
            slots.push(ir::Slot {
                name: sl.name.text.clone(),
                range: sl.range.map(|(a, b)| (a.value, b.value)),
                optional: sl.optional,
                default: sl.default.as_ref().map(|d| d.text.clone()),
                doc: doc(&sl.docs),
            });
        }
        let tables = Tables {
            domains: domain_names,
            errors: errors.iter().map(|e| e.name.clone()).collect(),
            slots,
        };

        let all_params: Vec<Vec<ir::Param>> = s
            .ops
            .iter()
            .map(|o| self.check_params(&o.params, true))
            .collect();
        // For calls: the first op of each name (a duplicate is reported above).
        let mut op_params: HashMap<String, Vec<ir::Param>> = HashMap::new();
        for (o, p) in s.ops.iter().zip(&all_params) {
            op_params
                .entry(o.name.text.clone())
                .or_insert_with(|| p.clone());
        }
        let mut ops = Vec::new();
        for (o, params) in s.ops.iter().zip(all_params) {
            let scope = Scope {
                params: &params,
                sem: &tables,
            };
            let mut body = Vec::new();
            for st in &o.body {
                match st {
                    ast::Stmt::Requires { cond, error } => {
                        let c = self.cond(cond, &scope);
                        if !tables.errors.contains(&error.text) {
                            self.unknown(
                                "error",
                                error,
                                tables.errors.iter().map(String::as_str),
                                " Declare it with `error NAME \"text\"`.",
                            );
                        }
                        if let Some(c) = c {
                            body.push(ir::Stmt::Requires {
                                cond: c,
                                error: error.text.clone(),
                            });
                        }
                    }
                    ast::Stmt::Call { op, args, span }
                        if !op_params.contains_key(&op.text)
                            && LIFETIME.contains(&op.text.as_str()) =>
                    {
                        if let Some(st) = self.lifetime(op, args, *span, &scope) {
                            body.push(st);
                        }
                    }
                    ast::Stmt::Call { op, args, span } => {
                        if let Some(st) = self.call(op, args, *span, &scope, &op_params) {
                            body.push(st);
                        }
                    }
                    ast::Stmt::Assign { target, value } => {
                        if let Some(st) = self.assign(target, value, &scope) {
                            body.push(st);
                        }
                    }
                }
            }
            ops.push(ir::Op {
                name: o.name.text.clone(),
                params,
                section: section(&o.section),
                doc: doc(&o.docs),
                body,
            });
        }
        self.check_call_cycles(s);

        let mut observes = Vec::new();
        for ob in &s.observes {
            let params = self.check_params(&ob.params, false);
            let scope = Scope {
                params: &params,
                sem: &tables,
            };
            if let Some((slot, _)) = self.slot_path(&ob.slot, &scope) {
                observes.push(ir::Observe {
                    name: ob.name.text.clone(),
                    params: params.clone(),
                    slot,
                    doc: doc(&ob.docs),
                });
            }
        }

        let mut realises = Vec::new();
        for r in &s.realises {
            let Some(entry) = entries.iter().find(|e| e.name == r.entry.text) else {
                self.unknown(
                    "entry",
                    &r.entry,
                    entries.iter().map(|e| e.name.as_str()),
                    "",
                );
                continue;
            };
            let params = self.check_params(&r.params, false);
            let scope = Scope {
                params: &params,
                sem: &tables,
            };
            let mut cases = Vec::new();
            for c in &r.cases {
                let cond = self.cond(&c.cond, &scope);
                let mut assigns = Vec::new();
                for (f, v) in &c.assigns {
                    let Some(field) = entry.field(&f.text) else {
                        self.unknown_in(
                            "field",
                            f,
                            &format!("entry `{}`", entry.name),
                            entry.fields.iter().map(|f| f.name.as_str()),
                        );
                        continue;
                    };
                    if !matches!(field.ty, ir::FieldType::Bool | ir::FieldType::Enum { .. }) {
                        self.error(
                            Diagnostic::new(
                                "iommu::realise",
                                format!(
                                    "`{}` is neither a bool nor an enum: realise rules set only those",
                                    field.name
                                ),
                                f.span,
                                "not a bool or enum field",
                            )
                            .help("the semantics decide configurations; addresses, IDs and sizes are the implementation's to fill in"),
                        );
                        continue;
                    }
                    let value = match v {
                        ast::RealiseValue::Num(n) => match &field.ty {
                            ir::FieldType::Enum { name } => {
                                self.encoding_of(n.value, n.span, field, name)
                            }
                            _ => self
                                .value_fits(n.value, n.span, field)
                                .then_some((n.value, None)),
                        },
                        ast::RealiseValue::Variant(n) => self
                            .variant_value(n, field)
                            .map(|x| (x, Some(n.text.clone()))),
                    };
                    if let Some((value, variant)) = value {
                        assigns.push(ir::FieldValue {
                            field: f.text.clone(),
                            value,
                            variant,
                        });
                    }
                }
                if let Some(cond) = cond {
                    cases.push(ir::RealiseCase { cond, assigns });
                }
            }
            realises.push(ir::Realise {
                entry: entry.name.clone(),
                params,
                doc: doc(&r.docs),
                cases,
            });
        }

        if self.diags.len() > before {
            return None;
        }
        Some(ir::Semantics {
            name: s.name.text.clone(),
            section: section(&s.section),
            doc: doc(&s.docs),
            domains,
            errors,
            slots: tables.slots,
            ops,
            observes,
            realises,
        })
    }

    /// Parameters: one untyped parameter (the device), the others `domain` or `pasid`. An op
    /// (`device_optional`) may have no device: it acts on a domain's lifetime.
    fn check_params(&mut self, params: &[ast::Param], device_optional: bool) -> Vec<ir::Param> {
        self.check_unique(
            params.iter().map(|p| &p.name),
            "parameter",
            "this declaration",
        );
        let mut out = Vec::new();
        let mut device = 0;
        for p in params {
            let ty = match &p.ty {
                None => {
                    device += 1;
                    ParamType::Device
                }
                Some(t) if t.text == "domain" => ParamType::Domain,
                Some(t) if t.text == "pasid" => ParamType::Pasid,
                Some(t) => {
                    self.unknown(
                        "parameter type",
                        t,
                        ["domain", "pasid"],
                        " Parameters are the device (no type), `NAME: domain` or `NAME: pasid`.",
                    );
                    continue;
                }
            };
            out.push(ir::Param {
                name: p.name.text.clone(),
                ty,
            });
        }
        if device > 1 || (device == 0 && !device_optional) {
            let span = params.first().map_or(Span::default(), |p| p.name.span);
            if let Some(p) = params.first() {
                self.error(
                    Diagnostic::new("iommu::semantics", format!("expected one device parameter, found {device}"), span, "parameters")
                        .label(p.name.span, "first parameter")
                        .help("the device parameter has no type (`dev`); the others are `NAME: domain` or `NAME: pasid`"),
                );
            }
        }
        out
    }

    /// `alloc(d)` or `free(d)`: the lifetime of domain parameter `d`, in an op without a device.
    fn lifetime(
        &mut self,
        op: &ast::Name,
        args: &[Expr],
        span: Span,
        scope: &Scope<'_>,
    ) -> Option<ir::Stmt> {
        if scope.params.iter().any(|p| p.ty == ParamType::Device) {
            self.error(
                Diagnostic::new(
                    "iommu::semantics",
                    format!("`{}` changes a domain's lifetime, not a device", op.text),
                    span,
                    "in an op with a device parameter",
                )
                .help("declare a separate op without a device, e.g. `op domain_free(d: domain) { free(d) }`"),
            );
            return None;
        }
        let param = match args {
            [Expr::Path(p)] if p.segs.is_empty() => scope
                .params
                .iter()
                .find(|q| q.name == p.root.text && q.ty == ParamType::Domain),
            _ => None,
        };
        let Some(param) = param else {
            self.error(
                Diagnostic::new(
                    "iommu::semantics",
                    format!("`{}` takes one domain parameter of the op", op.text),
                    span,
                    "not a domain parameter",
                )
                .help(format!(
                    "write `{}(d)` for a parameter declared `d: domain`",
                    op.text
                )),
            );
            return None;
        };
        let domain = param.name.clone();
        Some(if op.text == "alloc" {
            ir::Stmt::Alloc { domain }
        } else {
            ir::Stmt::Free { domain }
        })
    }

    fn call(
        &mut self,
        op: &ast::Name,
        args: &[Expr],
        span: Span,
        scope: &Scope<'_>,
        ops: &HashMap<String, Vec<ir::Param>>,
    ) -> Option<ir::Stmt> {
        let Some(params) = ops.get(&op.text) else {
            let names: Vec<&str> = ops.keys().map(String::as_str).collect();
            self.unknown(
                "op",
                op,
                names,
                " Ops can run other ops declared in this section.",
            );
            return None;
        };
        if params.len() != args.len() {
            self.error(
                Diagnostic::new(
                    "iommu::semantics",
                    format!(
                        "`{}` takes {} arguments, {} given",
                        op.text,
                        params.len(),
                        args.len()
                    ),
                    span,
                    "wrong number of arguments",
                )
                .help(format!(
                    "call it as `{}({})`",
                    op.text,
                    params
                        .iter()
                        .map(|p| p.name.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                )),
            );
            return None;
        }
        let callee_device = params.iter().any(|p| p.ty == ParamType::Device);
        if callee_device != scope.params.iter().any(|p| p.ty == ParamType::Device) {
            self.error(
                Diagnostic::new(
                    "iommu::semantics",
                    format!("`{}` and the op calling it act on different things", op.text),
                    span,
                    "device op and domain op mixed",
                )
                .help("ops with a device parameter call ops with one; ops without (domain lifetimes) call ops without"),
            );
            return None;
        }
        let mut out = Vec::new();
        for (p, a) in params.iter().zip(args) {
            let (e, ty) = self.expr(a, scope)?;
            let ok = match p.ty {
                ParamType::Device => ty == Ty::Device,
                ParamType::Domain => matches!(ty, Ty::Domain { optional: false } | Ty::TypeName),
                ParamType::Pasid => ty == Ty::Pasid,
            };
            if !ok {
                self.error(
                    Diagnostic::new("iommu::semantics", format!("argument `{}` of `{}` expects {}, found {}", p.name, op.text, param_desc(p.ty), ty.describe()), a.span(), "wrong type")
                        .help("pass the device parameter, a domain (a parameter or a domain type) or a PASID parameter"),
                );
                return None;
            }
            out.push(e);
        }
        Some(ir::Stmt::Call {
            op: op.text.clone(),
            args: out,
        })
    }

    fn check_call_cycles(&mut self, s: &ast::Semantics) {
        let calls: HashMap<&str, Vec<&ast::Name>> = s
            .ops
            .iter()
            .map(|o| {
                let callees = o
                    .body
                    .iter()
                    .filter_map(|st| {
                        if let ast::Stmt::Call { op, .. } = st {
                            Some(op)
                        } else {
                            None
                        }
                    })
                    .collect();
                (o.name.text.as_str(), callees)
            })
            .collect();
        for o in &s.ops {
            // Depth-first search from each op for a path back to itself.
            let mut stack: Vec<(&str, usize)> = vec![(o.name.text.as_str(), 0)];
            let mut visited: Vec<&str> = Vec::new();
            while let Some((cur, depth)) = stack.pop() {
                for callee in calls.get(cur).into_iter().flatten() {
                    if callee.text == o.name.text {
                        self.error(
                            Diagnostic::new(
                                "iommu::semantics",
                                format!(
                                    "op `{}` calls itself (directly or through other ops)",
                                    o.name.text
                                ),
                                callee.span,
                                "recursive call",
                            )
                            .label(o.name.span, "op declared here")
                            .help("ops run to completion in one step; remove the cycle"),
                        );
                        stack.clear();
                        break;
                    }
                    if !visited.contains(&callee.text.as_str()) && depth < 64 {
                        visited.push(&callee.text);
                        stack.push((&callee.text, depth + 1));
                    }
                }
            }
        }
    }

    fn assign(&mut self, target: &ast::Path, value: &Expr, scope: &Scope<'_>) -> Option<ir::Stmt> {
        let (slot_ref, optional) = self.slot_path(target, scope)?;
        let (v, ty) = self.expr(value, scope)?;
        let ok = match ty {
            Ty::Domain { optional: o } => !o || optional,
            Ty::TypeName => true,
            Ty::None => optional,
            _ => false,
        };
        if !ok {
            let why = if ty == Ty::None {
                "this slot may not be empty".to_string()
            } else {
                format!("found {}", ty.describe())
            };
            self.error(
                Diagnostic::new("iommu::semantics", format!("cannot store this in `{}`: {why}", slot_text(&slot_ref)), value.span(), "bad value")
                    .help("assign a domain parameter, a domain type (its static domain), or `none` to an optional slot"),
            );
            return None;
        }
        Some(ir::Stmt::Assign {
            target: slot_ref,
            value: v,
        })
    }

    /// Resolves `dev.SLOT` or `dev.TABLE[p]`; returns the reference and whether it may be none.
    fn slot_path(&mut self, p: &ast::Path, scope: &Scope<'_>) -> Option<(SlotRef, bool)> {
        match self.path(p, scope)? {
            (SExpr::Slot { slot }, Ty::Domain { optional }) => Some((slot, optional)),
            (_, ty) => {
                self.error(
                    Diagnostic::new("iommu::semantics", format!("expected a device state slot, found {}", ty.describe()), p.span, "not a slot")
                        .help("state slots are `dev.NAME` or `dev.TABLE[pasid]`, declared in `device { ... }`"),
                );
                None
            }
        }
    }

    fn cond(&mut self, e: &Expr, scope: &Scope<'_>) -> Option<SExpr> {
        let (x, ty) = self.expr(e, scope)?;
        if ty != Ty::Bool {
            self.error(
                Diagnostic::new(
                    "iommu::semantics",
                    format!("expected a condition, found {}", ty.describe()),
                    e.span(),
                    "not true/false",
                )
                .help("compare values with `==`, `!=` or `in`, or use `empty(...)`"),
            );
            return None;
        }
        Some(x)
    }

    fn path(&mut self, p: &ast::Path, scope: &Scope<'_>) -> Option<(SExpr, Ty)> {
        let root = &p.root.text;
        if let Some(param) = scope.params.iter().find(|q| &q.name == root) {
            return match (param.ty, p.segs.as_slice()) {
                (ParamType::Domain, []) => Some((
                    SExpr::Param { name: root.clone() },
                    Ty::Domain { optional: false },
                )),
                (ParamType::Pasid, []) => Some((SExpr::Param { name: root.clone() }, Ty::Pasid)),
                (ParamType::Device, [Seg::Field(slot)]) => {
                    let s = self.slot(slot, scope)?;
                    if s.range.is_some() {
                        return Some((
                            SExpr::Slot {
                                slot: SlotRef {
                                    slot: s.name.clone(),
                                    index: None,
                                },
                            },
                            Ty::Table,
                        ));
                    }
                    Some((
                        SExpr::Slot {
                            slot: SlotRef {
                                slot: s.name.clone(),
                                index: None,
                            },
                        },
                        Ty::Domain {
                            optional: s.optional,
                        },
                    ))
                }
                (ParamType::Device, [Seg::Field(slot), Seg::Index(idx)]) => {
                    let s = self.slot(slot, scope)?;
                    if s.range.is_none() {
                        self.error(
                            Diagnostic::new(
                                "iommu::semantics",
                                format!("`{}` is not a table and cannot be indexed", slot.text),
                                idx.span,
                                "not indexable",
                            )
                            .help("declare a table slot as `NAME[lo..hi] : domain?`"),
                        );
                        return None;
                    }
                    match scope.params.iter().find(|q| q.name == idx.text) {
                        Some(q) if q.ty == ParamType::Pasid => {}
                        _ => {
                            self.error(
                                Diagnostic::new(
                                    "iommu::semantics",
                                    format!("`{}` is not a PASID parameter", idx.text),
                                    idx.span,
                                    "not a PASID",
                                )
                                .help("index a table with a parameter declared `NAME: pasid`"),
                            );
                            return None;
                        }
                    }
                    Some((
                        SExpr::Slot {
                            slot: SlotRef {
                                slot: s.name.clone(),
                                index: Some(idx.text.clone()),
                            },
                        },
                        Ty::Domain { optional: true },
                    ))
                }
                (ParamType::Device, []) => Some((SExpr::Param { name: root.clone() }, Ty::Device)),
                _ => {
                    self.error(
                        Diagnostic::new(
                            "iommu::semantics",
                            format!("`{}` has no such part", p.root.text),
                            p.span,
                            "not a valid path",
                        )
                        .help("paths are a parameter, `dev.SLOT` or `dev.TABLE[p]`"),
                    );
                    None
                }
            };
        }
        if p.segs.is_empty() && scope.sem.domains.contains(root) {
            return Some((SExpr::Type { name: root.clone() }, Ty::TypeName));
        }
        let mut names: Vec<&str> = scope.params.iter().map(|q| q.name.as_str()).collect();
        names.extend(scope.sem.domains.iter().map(String::as_str));
        self.unknown(
            "name",
            &p.root,
            names,
            " Names here are parameters and domain types.",
        );
        None
    }

    /// The right side of a comparison with `kind(...)`: a domain type name.
    fn kind_name(&mut self, e: &Expr, scope: &Scope<'_>) -> Option<(SExpr, Ty)> {
        if let Expr::Path(p) = e {
            let known = scope.sem.domains.contains(&p.root.text)
                || scope.params.iter().any(|q| q.name == p.root.text);
            if p.segs.is_empty() && !known {
                self.unknown(
                    "domain type",
                    &p.root,
                    scope.sem.domains.iter().map(String::as_str),
                    " domain types are declared with `domain NAME : OUTCOME`.",
                );
                return None;
            }
        }
        self.expr(e, scope)
    }

    fn slot<'s>(&mut self, name: &ast::Name, scope: &'s Scope<'_>) -> Option<&'s ir::Slot> {
        let s = scope.sem.slots.iter().find(|s| s.name == name.text);
        if s.is_none() {
            self.unknown(
                "device state slot",
                name,
                scope.sem.slots.iter().map(|s| s.name.as_str()),
                " Slots are declared in `device { ... }`.",
            );
        }
        s
    }

    fn expr(&mut self, e: &Expr, scope: &Scope<'_>) -> Option<(SExpr, Ty)> {
        match e {
            Expr::Path(p) => self.path(p, scope),
            Expr::None(_) => Some((SExpr::None, Ty::None)),
            Expr::Num(n) => Some((SExpr::Num { value: n.value }, Ty::Num)),
            Expr::Call(f, args, span) => {
                let want = match f.text.as_str() {
                    "kind" | "attached" => Ty::Domain { optional: false },
                    "empty" => Ty::Table,
                    _ => {
                        self.unknown(
                            "function",
                            f,
                            ["kind", "empty", "attached"],
                            " The functions are `kind(domain)`, `empty(dev.TABLE)` and `attached(domain)`.",
                        );
                        return None;
                    }
                };
                if f.text == "attached" && scope.params.iter().any(|p| p.ty == ParamType::Device) {
                    self.error(
                        Diagnostic::new(
                            "iommu::semantics",
                            "`attached(d)` asks about every device: it belongs in an op without a device",
                            *span,
                            "in an op with a device parameter",
                        )
                        .help("use it in a domain op, e.g. `requires !attached(d) else EBUSY`"),
                    );
                    return None;
                }
                if args.len() != 1 {
                    self.error(
                        Diagnostic::new(
                            "iommu::semantics",
                            format!("`{}` takes one argument", f.text),
                            *span,
                            "wrong number of arguments",
                        )
                        .help(format!("write `{}(x)`", f.text)),
                    );
                    return None;
                }
                let (a, ty) = self.expr(&args[0], scope)?;
                let ok = matches!(
                    (want, ty),
                    (Ty::Table, Ty::Table) | (Ty::Domain { .. }, Ty::Domain { .. })
                );
                if !ok {
                    self.error(
                        Diagnostic::new(
                            "iommu::semantics",
                            format!(
                                "`{}` expects {}, found {}",
                                f.text,
                                want.describe(),
                                ty.describe()
                            ),
                            args[0].span(),
                            "wrong type",
                        )
                        .help(if f.text == "empty" {
                            "write `empty(dev.TABLE)`"
                        } else {
                            "write `kind(d)` for a domain `d`"
                        }),
                    );
                    return None;
                }
                Some(match (f.text.as_str(), a) {
                    ("empty", SExpr::Slot { slot }) => (SExpr::Empty { slot: slot.slot }, Ty::Bool),
                    ("attached", a) => (
                        SExpr::Attached {
                            domain: Box::new(a),
                        },
                        Ty::Bool,
                    ),
                    (_, a) => (SExpr::Kind { of: Box::new(a) }, Ty::Kind),
                })
            }
            Expr::Not(inner, _) => {
                let x = self.cond(inner, scope)?;
                Some((SExpr::Not { expr: Box::new(x) }, Ty::Bool))
            }
            Expr::And(a, b) | Expr::Or(a, b) => {
                let (x, y) = (self.cond(a, scope), self.cond(b, scope));
                let (x, y) = (Box::new(x?), Box::new(y?));
                Some((
                    if matches!(e, Expr::And(..)) {
                        SExpr::And { lhs: x, rhs: y }
                    } else {
                        SExpr::Or { lhs: x, rhs: y }
                    },
                    Ty::Bool,
                ))
            }
            Expr::Cmp(a, op, b) => {
                let (x, tx) = self.expr(a, scope)?;
                let (y, ty) = if tx == Ty::Kind {
                    self.kind_name(b, scope)?
                } else {
                    self.expr(b, scope)?
                };
                if !comparable(tx, ty) {
                    self.error(
                        Diagnostic::new("iommu::semantics", format!("cannot compare {} with {}", tx.describe(), ty.describe()), e.span(), "mismatched types")
                            .help("compare `kind(d)` with a domain type, or a domain with another domain or `none`"),
                    );
                    return None;
                }
                let (lhs, rhs) = (Box::new(x), Box::new(y));
                Some((
                    if *op == CmpOp::Eq {
                        SExpr::Eq { lhs, rhs }
                    } else {
                        SExpr::Ne { lhs, rhs }
                    },
                    Ty::Bool,
                ))
            }
            Expr::In(a, set, _) => {
                let (x, tx) = self.expr(a, scope)?;
                let mut items = Vec::new();
                for s in set {
                    let (y, ty) = if tx == Ty::Kind {
                        self.kind_name(s, scope)?
                    } else {
                        self.expr(s, scope)?
                    };
                    if !comparable(tx, ty) {
                        self.error(
                            Diagnostic::new(
                                "iommu::semantics",
                                format!("cannot compare {} with {}", tx.describe(), ty.describe()),
                                s.span(),
                                "mismatched types",
                            )
                            .help("`kind(d) in { paging, sva }` tests a domain's type"),
                        );
                        return None;
                    }
                    items.push(y);
                }
                Some((
                    SExpr::In {
                        value: Box::new(x),
                        set: items,
                    },
                    Ty::Bool,
                ))
            }
        }
    }
}

/// The built-in statements of domain ops.
const LIFETIME: [&str; 2] = ["alloc", "free"];

fn comparable(a: Ty, b: Ty) -> bool {
    use Ty::*;
    matches!(
        (a, b),
        (Kind, TypeName | Kind)
            | (TypeName, Kind)
            | (Domain { .. }, Domain { .. })
            | (Domain { optional: true }, None)
            | (None, Domain { optional: true })
            | (Pasid, Pasid | Num)
            | (Num, Pasid | Num)
    )
}

fn param_desc(t: ParamType) -> &'static str {
    match t {
        ParamType::Device => "the device",
        ParamType::Domain => "a domain",
        ParamType::Pasid => "a PASID",
    }
}

fn slot_text(s: &SlotRef) -> String {
    match &s.index {
        Some(i) => format!("dev.{}[{i}]", s.slot),
        None => format!("dev.{}", s.slot),
    }
}
