//! The names content is looked up by. Each is part of the content file format: variants are
//! named explicitly and never translated, and every one must have text in every language.

use serde::{Deserialize, Serialize};

/// Declares a `Copy` enum with an `ALL` list, so content checks can ask for every variant.
macro_rules! content_ids {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        pub enum $name {
            $($(#[$vmeta])* $variant),+
        }

        impl $name {
            /// Every variant, in order.
            pub const ALL: &'static [Self] = &[$(Self::$variant),+];
        }
    };
}

content_ids! {
    /// A way of paying for massage, or of getting similar care for less.
    Route {
        /// A plan from work or one bought directly.
        PrivatePlan,
        /// A plan from HealthCare.gov or a state exchange.
        Marketplace,
        /// Medicare Part A and Part B.
        OriginalMedicare,
        /// Medicare Part C.
        MedicareAdvantage,
        /// Medicare Supplement insurance.
        Medigap,
        /// The state's Medicaid program.
        Medicaid,
        /// Hands-on care within physical therapy.
        PhysicalTherapy,
        /// Care from a chiropractor.
        Chiropractic,
        /// PIP or medical payments after a car accident.
        AutoInsurance,
        /// Workers' compensation after a work injury.
        WorkersComp,
        /// A health flexible spending account.
        Fsa,
        /// A health savings account.
        Hsa,
        /// A health reimbursement arrangement.
        Hra,
        /// The itemized medical expense deduction.
        ItemizedDeduction,
        /// Paying cash, for less.
        PayLess,
    }
}

content_ids! {
    /// Why a route got its verdict.
    ReasonId {
        NotInYourCoverage,
        InsurerSaidCovered,
        InsurerSaidNotCovered,
        CoverageDependsOnPlan,
        NeedsMedicalNecessity,
        WaEveryCategory,
        WaNoPriorAuthFirstVisits,
        OriginalMedicareExcludesMassage,
        MedicareLmtNotProvider,
        AdvantageMayOfferMassage,
        AdvantagePlanListsMassage,
        AdvantagePlanDoesNotListMassage,
        NoStateMassageLicense,
        MedigapFollowsMedicare,
        MedicaidVaries,
        PtCoveredByPartB,
        PtWidelyCovered,
        ChiroMedicareManipulationOnly,
        ChiroPlansVary,
        FloridaPipExcludesMassage,
        MichiganNoFaultCoversMassage,
        PipNeedsReferral,
        WaLniPaysMassage,
        WorkersCompVaries,
        MassageNeedsLmn,
        LmnOnFile,
        NoInstantLmn,
        FsaUseItOrLoseIt,
        HsaNoContributionsOnMedicare,
        HsaExistingMoneyUsable,
        HraEmployerDecides,
        DeductionAboveFloor,
        NoDoubleDipping,
        StudentClinicsCheaper,
        HealthCentersSlidingScale,
        /// Original Medicare (or Part A / Part B) and Medicare Advantage were both ticked.
        MedicareKindsExcludeEachOther,
        /// Medigap was ticked with Medicare Advantage.
        MedigapNotWithAdvantage,
        /// Physical therapy with an Advantage plan: the plan sets what you pay.
        PtAdvantageSetsCostSharing,
        /// Helping someone, and whose account it is was not answered.
        AccountFollowsOwner,
        /// An HSA owned by someone else can pay a spouse's or tax dependent's care.
        HsaPaysFamilyCare,
        /// Whether the plan that goes with the HSA is HSA-qualified is not known.
        HsaPlanToCheck,
        /// Since 2026 bronze and catastrophic plans count as HSA-compatible.
        HsaBronzeCatastrophicCount,
        /// The plan that goes with the HSA is not HSA-qualified.
        HsaPlanNotQualified,
        /// A general-purpose FSA (the owner's or their spouse's) blocks new HSA money.
        GeneralFsaBlocksHsa,
        /// No new HSA money this year: only the balance can be spent.
        HsaOnlyExistingBalance,
        /// California and New Jersey tax HSA contributions.
        HsaStateTaxed,
        /// New Jersey's tax on FSA salary reductions is not confirmed.
        NjFsaStateTaxAsk,
        /// An FSA next to an HSA is normally limited-purpose: ask which.
        FsaKindToCheck,
        /// A limited-purpose FSA does not pay for massage.
        FsaLimitedPurposeNoMassage,
        /// Workers' comp or car insurance pays first, through a claims adjuster.
        InjuryClaimPaysFirst,
        /// Michigan drivers chose a PIP medical limit, or opted out with Medicare.
        MichiganPipLimitChosen,
        /// The state is one of the no-fault states that require PIP.
        NoFaultStatePip,
        /// Washington's Every Category law applies only if the employer plan is not self-funded.
        WaEveryCategoryIfNotSelfFunded,
        /// Washington's prior-authorization rule applies only if the plan is not self-funded.
        WaPriorAuthIfNotSelfFunded,
        /// A self-funded employer plan in Washington follows its own rules.
        WaSelfFundedPlan,
        /// A private plan's internal appeal: within 180 days.
        AppealPrivatePlan180Days,
        /// A Medicare Advantage reconsideration: within 60 days.
        AppealAdvantage60Days,
        /// An Original Medicare redetermination: within 120 days of the notice.
        AppealOriginalMedicare120Days,
    }
}

content_ids! {
    /// Something the patient should do, most urgent first. Texts may hold `{date}`.
    ActionId {
        /// Call the claims adjuster with the claim number and the date of injury.
        CallClaimsAdjuster,
        GetPrescription,
        CallInsurerBeforeBooking,
        /// Check which card the patient shows: Original Medicare or the Advantage plan's.
        AskWhichMedicareCard,
        AskPriorAuthorization,
        /// File the plan's internal appeal within 180 days.
        FileInternalAppeal,
        /// Ask the Advantage plan for a reconsideration within 60 days.
        AskAdvantageReconsideration,
        /// Ask Medicare for a redetermination within 120 days of the notice.
        AskMedicareRedetermination,
        /// Ask the employer or HR whether the plan is self-funded.
        AskEmployerSelfFunded,
        GetLmnBeforeFirstSession,
        /// Find out whose account it is, and the owner's age and Medicare.
        AskWhoseAccount,
        /// Ask whether the plan that goes with the HSA is HSA-qualified.
        AskHsaPlanKind,
        /// Ask what the FSA pays for: general or limited purpose.
        AskFsaKind,
        StopHsaContributions,
        UseFsaBy,
        RenewLmnBy,
        FollowUpInsurerBy,
        AskAboutPhysicalTherapy,
        CheckEvidenceOfCoverage,
        AskAdjuster,
        /// Michigan: ask the adjuster which PIP medical limit the policy has.
        AskAdjusterPipLimit,
        AskClaimManager,
        AskMedicaidOffice,
        AskEmployerHra,
        FileManualClaim,
        KeepReceipts,
        TryStudentClinic,
        AskHealthCenter,
        ConsiderItemizing,
    }
}

content_ids! {
    /// A figure set by law or regulation that changes from year to year.
    FigureId {
        /// HSA contribution limit, self-only coverage.
        HsaLimitSelf,
        /// HSA contribution limit, family coverage.
        HsaLimitFamily,
        /// Extra HSA contribution for an owner 55 or older by December 31, into their own HSA.
        HsaCatchUp,
        /// Smallest deductible of an HSA-eligible plan, self-only.
        HdhpMinDeductibleSelf,
        /// Smallest deductible of an HSA-eligible plan, family.
        HdhpMinDeductibleFamily,
        /// Most an HSA-eligible plan may charge in a year in network, self-only.
        HdhpOutOfPocketMaxSelf,
        /// Most an HSA-eligible plan may charge in a year in network, family.
        HdhpOutOfPocketMaxFamily,
        /// Highest monthly direct primary care fee that still allows HSA contributions, one person.
        DpcFeeCapSelf,
        /// Highest monthly direct primary care fee that still allows HSA contributions, family.
        DpcFeeCapFamily,
        /// Health FSA salary-reduction limit.
        FsaLimit,
        /// Largest FSA carryover into the next plan year.
        FsaCarryover,
        /// Excepted-benefit HRA limit.
        HraExceptedBenefitLimit,
        /// Medicare Part B yearly deductible.
        PartBDeductible,
        /// Medicare Part B standard monthly premium.
        PartBPremium,
        /// Therapy spending above which the KX modifier is needed.
        KxThreshold,
        /// Share of income above which medical expenses are deductible.
        MedicalDeductionFloor,
    }
}
