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
    }
}

content_ids! {
    /// Something the patient should do, most urgent first. Texts may hold `{date}`.
    ActionId {
        GetPrescription,
        CallInsurerBeforeBooking,
        AskPriorAuthorization,
        GetLmnBeforeFirstSession,
        StopHsaContributions,
        UseFsaBy,
        RenewLmnBy,
        FollowUpInsurerBy,
        AskAboutPhysicalTherapy,
        CheckEvidenceOfCoverage,
        AskAdjuster,
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
