package nl.resourcegroepen.demo;

import static nl.resourcegroepen.demo.DemoWalk.row;
import static nl.resourcegroepen.demo.DemoWalk.values;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import nl.resourcegroepen.engine.EngineClock;
import nl.resourcegroepen.member.MemberRepository;
import nl.resourcegroepen.trajectory.StartTrajectory;
import nl.resourcegroepen.trajectory.TrajectoryRepository;
import nl.resourcegroepen.trajectory.TrajectoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo trajectories at first start, so a newcomer sees a realistic inbox and manager overview: about ten
 * fictional clients in every phase, some overdue, one escalated, one closed after a warm handover, and
 * Teun, the example of appendix 4 of the toolkit. Runs after the demo users ({@code DemoIdentity}), only
 * when {@code resourcegroepen.demo.trajectories} is on and there is no trajectory yet.
 *
 * <p>Every step goes through the real paths: {@link TrajectoryService#start} and completing tasks with
 * their form values, so the care record, plan, members, meetings and step deadlines are filled exactly as
 * by users. Each trajectory is started in the past by moving the engine clock, in a transaction of its
 * own (a failure leaves no half trajectory); the clock is always reset.
 */
@Component
@Order(20)
class DemoTrajectories implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(DemoTrajectories.class);
  private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
  /** The day of the jeugd demo trajectory on which its transition to adult care starts. */
  private static final int YOUTH_TRANSITION_DAY = 195;

  /** A nominee in the nomination form; the in-depth interview follows the questionnaire of the relation. */
  record Nominee(String name, String relation, String type) {
    Map<String, Object> row() {
      return DemoWalk.row("name", name, "relationDescription", relation, "relationType", type);
    }

    String questionnaire() {
      return "peerExpert".equals(type) || "schoolOrMentor".equals(type) ? "professional" : type;
    }

    String interviewTask() {
      return switch (questionnaire()) {
        case "family" -> "interviewFamily";
        case "significantOther" -> "interviewSignificantOther";
        default -> "interviewProfessional";
      };
    }
  }

  /** @param birthDate the client's birth date from the day the trajectory starts, or null (not recorded) */
  private record Scenario(String label, String team, String careCoordinator, String client, int daysAgo,
      UnaryOperator<LocalDate> birthDate, Consumer<DemoWalk> script) {

    Scenario(String label, String team, String careCoordinator, String client, int daysAgo, Consumer<DemoWalk> script) {
      this(label, team, careCoordinator, client, daysAgo, null, script);
    }
  }

  private final TrajectoryService trajectoryService;
  private final TrajectoryRepository trajectories;
  private final IdentityService identity;
  private final TransactionTemplate transaction;
  private final DemoWalk.Engine engine;
  private final boolean enabled;

  DemoTrajectories(TrajectoryService trajectoryService, TrajectoryRepository trajectories, IdentityService identity,
      TaskService tasks, RuntimeService runtime, ManagementService management, MemberRepository members,
      PlatformTransactionManager transactionManager,
      @Value("${resourcegroepen.demo.trajectories:true}") boolean enabled) {
    this.trajectoryService = trajectoryService;
    this.trajectories = trajectories;
    this.identity = identity;
    this.transaction = new TransactionTemplate(transactionManager);
    this.engine = new DemoWalk.Engine(tasks, runtime, management, members);
    this.enabled = enabled;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!enabled || trajectories.count() > 0 || identity.createUserQuery().userId("anna").count() == 0) {
      return;
    }
    // Days count from ten in the morning, so no step lands in the future or at night.
    Instant today = LocalDate.now(EngineClock.ZONE).atTime(10, 0).atZone(EngineClock.ZONE).toInstant();
    int created = 0;
    for (Scenario scenario : scenarios()) {
      try {
        transaction.executeWithoutResult(status -> walk(scenario, today));
        created++;
      } catch (RuntimeException e) {
        LOG.warn("Demo: traject '{}' niet aangemaakt: {}", scenario.label(), e.toString());
      } finally {
        ClockUtil.reset();
      }
    }
    LOG.info("Demo: {} trajecten aangemaakt", created);
  }

  private void walk(Scenario scenario, Instant today) {
    Instant started = today.minus(Duration.ofDays(scenario.daysAgo()));
    ClockUtil.setCurrentTime(Date.from(started));
    String id = trajectoryService.start(new StartTrajectory(null,
        new StartTrajectory.NewClient(scenario.client(), scenario.birthDate() == null ? null
            : scenario.birthDate().apply(LocalDate.ofInstant(started, EngineClock.ZONE))), null, scenario.team(), null),
        scenario.careCoordinator()).id();
    scenario.script().accept(new DemoWalk(engine, id, started));
  }

  private List<Scenario> scenarios() {
    return List.of(
        new Scenario("fase 1, net gestart", "ggz-noord", "anna", "Sanne de Graaf", 3,
            w -> w.on(1).complete("approachClient", values("discussionDate", w.date(1), "clientMotivated", "yes",
                "clientMotivationNotes", "Wil graag weer mensen om zich heen die meedenken."))),
        new Scenario("fase 1, twee weken te laat", "ggz-noord", "anna", "Johan Smits", 56, w -> w
            .on(5).complete("approachClient", values("discussionDate", w.date(5), "clientMotivated", "yes",
                "clientMotivationNotes", "Twijfelt nog, wil het wel proberen."))
            .on(12).complete("explainMethod", values("discussionDate", w.date(12), "leafletHandedOut", true))
            .on(20).complete("drawSociogram", values("discussionDate", w.date(20)))),
        new Scenario("fase 2, genomineerde bedankt", "ggz-zuid", "bram", "Lotte Verbeek", 60, this::lotte),
        new Scenario("fase 3", "ggz-noord", "anna", "Ilse Kok", 75, w -> {
          preparation(w, 1, "Weer zelfstandig wonen", "Elke week zelf boodschappen doen", "Pieter Hoekstra",
              new Nominee("Marco", "partner", "significantOther"));
          inDepth(w, 24, new Nominee("Marco", "partner", "significantOther"));
          w.on(55).complete("planFirstMeeting", values("nextMeetingDate", w.date(80), "nextMeetingTime", "14:00"))
              .on(60).complete("finishRecoveryPlan", values("groupName", "Ilse haar groep"));
        }),
        new Scenario("fase 3, verslavingszorg", "vz-oost", "eva", "Kevin Bos", 85, this::kevin),
        new Scenario("fase 4, startbijeenkomst te laat", "ggz-noord", "anna", "Priya Ramdin", 110, w -> {
          preparation(w, 2, "Een opleiding afmaken", "Weer een vast dagritme", "Daan Visser",
              new Nominee("Sunita", "zus", "family"));
          inDepth(w, 26, new Nominee("Sunita", "zus", "family"));
          planning(w, 60);
          // Three months after the start, without a start meeting: the team coordinators get the escalation.
          w.on(93).fireTimer("firstMeetingDeadline");
        }),
        new Scenario("fase 5, Teun (bijlage 4)", "ggz-noord", "anna", "Teun van Dijk", 180, this::teun),
        // Noa turns 18 half a year after day 195: she consents herself (16+), and her transition step is open.
        new Scenario("fase 5, jeugd", "jeugd-west", "fleur", "Noa Hendriks", 200,
            start -> start.plusDays(YOUTH_TRANSITION_DAY).plusMonths(6).minusYears(18), w -> {
          Nominee mother = new Nominee("Marieke", "moeder", "family");
          Nominee mentor = new Nominee("Tom", "mentor op school", "schoolOrMentor");
          w.on(1).complete("involveParents", values("discussionDate", w.date(1),
              "parents", List.of(row("name", "Marieke", "relation", "mother", "hasCustody", true)),
              "parentsRole", "Meedenken over school en een vaste plek om te wonen."));
          preparation(w, 2, after -> after.on(6).complete("recordYoungPersonConsent", values("consentDate", w.date(6),
                  "youngPersonConsent", true, "parentsInvolvementWish", "Mijn moeder mag alles weten over school.")),
              "Mijn diploma halen", "Elke dag naar school", "Linda Vermeulen", mother, mentor);
          inDepth(w, 26, mother, mentor);
          planning(w, 52);
          startMeeting(w, 75, false);
          followUp(w, 88, 190, true, false);
          w.on(YOUTH_TRANSITION_DAY).fireTimer("transitionDue");
        }),
        new Scenario("fase 6, heroriëntatie", "wijkteam-centrum", "gijs", "Henk Vos", 280, w -> {
          Nominee neighbour = new Nominee("Gerda", "buurvrouw", "significantOther");
          Nominee worker = new Nominee("Ahmed", "maatschappelijk werker", "professional");
          // From the wijkteam: consent per domain after the sociogram, and no zorgverantwoordelijke.
          preparation(w, 2, "Mijn schulden afgelost hebben", "Post elke week openen", null,
              v -> v.complete("recordDomainConsent", values("discussionDate", v.date(9),
                  "consentCare", "yes", "consentCareDetail", "Huisarts",
                  "consentWelfare", "yes", "consentWelfareDetail", "Maatschappelijk werk (Ahmed)",
                  "consentWorkAndIncome", "yes", "consentWorkAndIncomeDetail", "Schuldhulpverlening van de gemeente",
                  "consentSchool", "no", "consentHousing", "undecided", "consentComplete", false)),
              neighbour, worker);
          inDepth(w, 25, neighbour, worker);
          planning(w, 50);
          startMeeting(w, 70, false);
          followUp(w, 80, 165, false, false);
          followUp(w, 170, 260, false, true);
          w.on(268).complete("discussComposition", values("discussionDate", w.date(268),
              "goalsReached", "De post is op orde, de schulden zijn in een regeling."));
        }),
        new Scenario("afgesloten na warme overdracht", "ggz-zuid", "bram", "Fatima El Amrani", 330, w -> {
          Nominee brother = new Nominee("Youssef", "broer", "family");
          preparation(w, 2, "Weer werken", "Twee keer per week wandelen", "Pieter Hoekstra", brother);
          inDepth(w, 25, brother);
          planning(w, 50);
          startMeeting(w, 72, true);
          followUp(w, 84, 170, true, true);
          w.on(178).complete("discussComposition", values("discussionDate", w.date(178)))
              .on(185).complete("discussStepDown", values("discussionDate", w.date(185),
                  "reorientationOutcome", "handover", "careTransferTo", "generalPractitioner"))
              .on(190).complete("recordRelapseSteps", values("discussionDate", w.date(190),
                  "earlyWarningPlanReviewed", true, "relapseSteps", "Contact met de huisarts, dan met het team."))
              .on(195).complete("organiseHandoverMeeting", values("careTransferTo", "generalPractitioner",
                  "handoverReceiverName", "Huisarts Van Leeuwen", "handoverMeetingDate", w.date(215)))
              .on(215).complete("holdHandoverMeeting", values("meetingDate", w.date(215),
                  "careTransferTo", "generalPractitioner", "handoverReceiverName", "Huisarts Van Leeuwen",
                  "attendance", List.of(row("name", "Fatima", "role", "client"), row("name", "Bram", "role", "careCoordinator"),
                      row("name", "Youssef", "role", "family"), row("name", "Huisarts Van Leeuwen", "role", "other"))))
              .on(220).complete("closeHandover", values("closureDate", w.date(220), "groupInformed", true,
                  "groupContinues", false));
        }));
  }

  /** Phase 1 in three weeks from {@code day}: goals, nomination, the start of the plan, the week of the first meeting. */
  private void preparation(DemoWalk w, int day, String longTermGoal, String shortTermGoal, String clinician,
      Nominee... nominees) {
    preparation(w, day, after -> { }, longTermGoal, shortTermGoal, clinician, after -> { }, nominees);
  }

  /** Phase 1 with {@code afterExplanation} between the explanation (day + 4) and the sociogram (day + 7): jeugd's consent. */
  private void preparation(DemoWalk w, int day, Consumer<DemoWalk> afterExplanation, String longTermGoal,
      String shortTermGoal, String clinician, Nominee... nominees) {
    preparation(w, day, afterExplanation, longTermGoal, shortTermGoal, clinician, after -> { }, nominees);
  }

  /** Phase 1 with the setting's own steps after the sociogram (the wijkteam's consent) on the same day. */
  private void preparation(DemoWalk w, int day, String longTermGoal, String shortTermGoal, String clinician,
      Consumer<DemoWalk> afterSociogram, Nominee... nominees) {
    preparation(w, day, after -> { }, longTermGoal, shortTermGoal, clinician, afterSociogram, nominees);
  }

  /**
   * Phase 1 with a setting's own steps after the explanation (jeugd) or after the sociogram (wijkteam); a
   * consent left open is completed before the week of the first meeting. {@code clinician} may be null.
   */
  private void preparation(DemoWalk w, int day, Consumer<DemoWalk> afterExplanation, String longTermGoal,
      String shortTermGoal, String clinician, Consumer<DemoWalk> afterSociogram, Nominee... nominees) {
    w.on(day).complete("approachClient", values("discussionDate", w.date(day), "clientMotivated", "yes"))
        .on(day + 4).complete("explainMethod", values("discussionDate", w.date(day + 4), "leafletHandedOut", true));
    afterExplanation.accept(w);
    w.on(day + 7).complete("drawSociogram", values("discussionDate", w.date(day + 7)));
    afterSociogram.accept(w);
    Map<String, Object> nomination = values("nominees", Arrays.stream(nominees).map(Nominee::row).toList());
    if (clinician != null) {
      nomination.put("responsibleClinicianName", clinician);
    }
    w.on(day + 8).complete("chooseGoalAids", values("useOrdinaryDay", false, "useQls100", false))
        .on(day + 12).complete("setRecoveryGoals", values("longTermGoal1", longTermGoal, "shortTermGoal1", shortTermGoal))
        .on(day + 15).complete("startRecoveryPlan", values("longTermGoal1", longTermGoal, "shortTermGoal1", shortTermGoal))
        .on(day + 17).complete("nominateMembers", nomination);
    if (w.hasOpen("completeDomainConsent")) {
      w.on(day + 19).complete("completeDomainConsent", values("discussionDate", w.date(day + 19),
          "consentHousing", "yes", "consentHousingDetail", "Woonbegeleiding", "consentComplete", true));
    }
    w.on(day + 20).complete("fixFirstMeetingWeek", values("firstMeetingWeek", w.date(84)));
  }

  /** Phase 2 in three weeks from {@code day}: each nominee invited by letter, accepts and is interviewed. */
  private void inDepth(DemoWalk w, int day, Nominee... nominees) {
    for (Nominee n : nominees) {
      w.on(day).completeFor(n.name(), "decideApproach", values("approach", "letter"))
          .on(day + 2).completeFor(n.name(), "sendInvitationLetter", values("interviewDate", w.date(day + 12)))
          .on(day + 8).completeFor(n.name(), "recordNomineeResponse", values("responseDate", w.date(day + 8),
              "nomineeAccepted", true, "questionnaire", n.questionnaire()))
          .on(day + 9).completeFor(n.name(), "planInterview", values("interviewDate", w.date(day + 14)))
          .on(day + 14).completeFor(n.name(), n.interviewTask(), values("interviewDate", w.date(day + 14)))
          .on(day + 18).completeFor(n.name(), "feedBackSummary", values());
    }
  }

  /** Phase 3 in eight days from {@code day}. */
  private void planning(DemoWalk w, int day) {
    w.on(day).complete("planFirstMeeting", values("nextMeetingDate", w.date(day + 15), "nextMeetingTime", "14:00"))
        .on(day + 3).complete("finishRecoveryPlan", values())
        .on(day + 5).complete("prepareFirstMeeting", values("chairFormal", "regieondersteuner"))
        .on(day + 6).complete("decideLocationAndFrequency", values("meetingInterval", "P3M",
            "meetingLocation", "Huiskamer van de cliënt"))
        .on(day + 8).complete("agreeCommunication", values());
  }

  /** Phase 4: the start meeting on {@code day}, the evaluation a week later. */
  private void startMeeting(DemoWalk w, int day, boolean clinicianPresent) {
    w.on(day).complete("holdStartMeeting", values("meetingDate", w.date(day), "durationMinutes", 60,
            "responsibleClinicianPresent", clinicianPresent, "confidentialityDiscussed", true))
        .on(day + 7).complete("holdEvaluationAppointment", values("discussionDate", w.date(day + 7),
            "whatWentWell", "Iedereen kwam aan het woord."));
  }

  /** Phase 5: the next meeting planned on {@code planDay} and held on {@code meetingDay}. */
  private void followUp(DemoWalk w, int planDay, int meetingDay, boolean clinicianPresent, boolean reorientation) {
    w.on(planDay).complete("planNextMeeting", values("nextMeetingDate", w.date(meetingDay), "nextMeetingTime", "15:00",
            "responsibleClinicianInvited", clinicianPresent, "newMembersNominated", false))
        .on(meetingDay).complete("holdFollowUpMeeting", values("meetingDate", w.date(meetingDay), "durationMinutes", 60,
            "responsibleClinicianPresent", clinicianPresent, "meetingInterval", "P3M", "themeRequested", false,
            "startReorientation", reorientation));
  }

  /**
   * Verslavingszorg (the setting's own preparation): Kevin's signaleringsplan is a terugvalpreventieplan, and
   * the peer expert the team proposes by default, Sander, joins with his mother Ria. In phase 3.
   */
  private void kevin(DemoWalk w) {
    Nominee ria = new Nominee("Ria", "moeder", "family");
    Nominee sander = new Nominee("Sander", "ervaringsdeskundige", "peerExpert");
    String longTerm = "Een jaar zonder alcohol";
    String shortTerm = "Naar de AA-bijeenkomst op dinsdag";
    w.on(3).complete("approachClient", values("discussionDate", w.date(3), "clientMotivated", "yes"))
        .on(7).complete("explainMethod", values("discussionDate", w.date(7), "leafletHandedOut", true))
        .on(10).complete("drawSociogram", values("discussionDate", w.date(10)))
        .on(11).complete("chooseGoalAids", values("useOrdinaryDay", false, "useQls100", false))
        .on(15).complete("setRecoveryGoals", values("longTermGoal1", longTerm, "shortTermGoal1", shortTerm))
        .on(18).complete("startRecoveryPlan", values("longTermGoal1", longTerm, "shortTermGoal1", shortTerm,
            "peerExpertName", "Sander",
            "earlyWarningSigns", "Ik sla de AA-bijeenkomst over en neem de telefoon niet op.",
            "triggers", "Vrijdagmiddag na het werk met collega's naar de kroeg.\nRuzie thuis.\n"
                + "Geld op zak na de uitbetaling.",
            "cravingSignals", "Onrustig, slecht slapen, steeds aan de kroeg denken; ik word kortaf tegen mijn moeder.",
            "helpfulThings", "Sander bellen. Gaan hardlopen. Bij mijn moeder eten.",
            "lapseSteps", "Het dezelfde dag tegen Sander of mijn moeder zeggen, niet verstoppen. "
                + "De dag erna naar de AA.",
            "relapseSteps", "Eva belt mij binnen een dag; samen bespreken we of meer hulp nodig is.",
            "stepUpArrangements", "Meer dan een week drinken: gesprek met de verslavingsarts over detox."))
        .on(20).complete("nominateMembers", values("responsibleClinicianName", "Els Mertens",
            "peerExpertDeclined", false, "peerExpertName", "Sander", "nominees", List.of(ria.row())))
        .on(23).complete("fixFirstMeetingWeek", values("firstMeetingWeek", w.date(84)));
    inDepth(w, 28, ria, sander);
    w.on(62).complete("planFirstMeeting", values("nextMeetingDate", w.date(95), "nextMeetingTime", "10:00"));
  }

  /** Phase 2 with a nominee who declines; the client nominates someone else, who is approached next. */
  private void lotte(DemoWalk w) {
    Nominee brother = new Nominee("Mark", "broer", "family");
    Nominee neighbour = new Nominee("Ingrid", "buurvrouw", "significantOther");
    preparation(w, 2, "Weer vrijwilligerswerk doen", "Een keer per week naar de inloop", "Pieter Hoekstra",
        brother, neighbour);
    w.on(25).completeFor("Mark", "decideApproach", values("approach", "client"))
        .completeFor("Ingrid", "decideApproach", values("approach", "letter"))
        .on(27).completeFor("Ingrid", "sendInvitationLetter", values("interviewDate", w.date(40)))
        .on(30).completeFor("Mark", "recordNomineeResponse", values("responseDate", w.date(30),
            "nomineeAccepted", true, "questionnaire", "family"))
        .on(34).completeFor("Ingrid", "recordNomineeResponse", values("responseDate", w.date(34),
            "nomineeAccepted", false, "declineReason", "Heeft het zelf te druk met de zorg voor haar moeder."))
        .on(35).completeFor("Ingrid", "offerRenomination", values("nominees",
            List.of(new Nominee("Petra", "vriendin van de sportschool", "significantOther").row())))
        .on(38).completeFor("Mark", "planInterview", values("interviewDate", w.date(44)))
        .on(44).completeFor("Mark", "interviewFamily", values("interviewDate", w.date(44)))
        .on(48).completeFor("Mark", "feedBackSummary", values());
  }

  /**
   * Teun, the example of appendix 4 (filled-in resourcegroepplan with signaleringsplan), in phase 5: his
   * goals, the five answers for each short-term goal and his signaleringsplan entered through the forms.
   */
  private void teun(DemoWalk w) {
    String longTerm1 = "Over een tijdje wil ik mijn rijbewijs gehaald hebben.";
    String longTerm2 = "Over een tijdje wil ik een relatie hebben en een hobby ontwikkeld hebben (schilderen).";
    String shortTerm1 = "Ik wil ondersteuning bij de huishouding.";
    String shortTerm2 = "Ik wil gaan sporten.";
    Nominee wieke = new Nominee("Wieke", "zus", "family");
    Nominee rachid = new Nominee("Rachid", "vriend", "significantOther");
    Nominee joost = new Nominee("Joost", "ervaringsdeskundige", "peerExpert");
    String talkWithWieke = LocalDate.parse(w.date(45)).format(DUTCH_DATE);

    w.on(2).complete("approachClient", values("discussionDate", w.date(2), "clientMotivated", "yes",
            "clientMotivationNotes", "Wil hulp in huis en weer gaan sporten, met mensen die hij vertrouwt."))
        .on(5).complete("explainMethod", values("discussionDate", w.date(5), "leafletHandedOut", true))
        .on(8).complete("drawSociogram", values("discussionDate", w.date(8), "sociogramPeople", List.of(
            row("name", "Wieke", "relationDescription", "zus", "relationType", "family", "closeness", "close", "possibleMember", true),
            row("name", "Rachid", "relationDescription", "vriend", "relationType", "significantOther", "closeness", "close", "possibleMember", true),
            row("name", "Moeder", "relationDescription", "moeder", "relationType", "family", "closeness", "middle", "possibleMember", false))))
        .on(9).complete("chooseGoalAids", values("useOrdinaryDay", true, "useQls100", false))
        .on(14).complete("fillOrdinaryDay", values("discussionDate", w.date(14),
            "activitiesWished", "Sporten, fietsen, schilderen", "ordinaryDayGoalIdeas", "Hulp in huis; gaan sporten"))
        .on(17).complete("setRecoveryGoals", values("longTermGoal1", longTerm1, "longTermGoal2", longTerm2,
            "shortTermGoal1", shortTerm1, "shortTermGoal2", shortTerm2))
        .on(21).complete("startRecoveryPlan", values(
            "clientName", "Teun",
            "groupName", "de groep van Teun",
            "participants", "Mijn zus Wieke, vriend Rachid, Anna (regieondersteuner) en Joost (ervaringsdeskundige)",
            "possibleParticipants", "Woonbegeleiding\nWerkbegeleiding\nMijn moeder\nNiels van de training\nPsychiater",
            "careCoordinatorName", "Anna de Vries",
            "responsibleClinicianName", "Jetske (psychiater)",
            "peerExpertName", "Joost",
            "longTermGoal1", longTerm1,
            "longTermGoal2", longTerm2,
            "shortTermGoal1", shortTerm1,
            "shortTermGoal1Now", "De woonbegeleiding helpt hier niet echt mee, zij komen vooral met mij praten over hoe "
                + "het met mij gaat. Ik doe nu veel zelf, dit lukt wel maar kost heel erg veel moeite en aandacht "
                + "waardoor andere doelen blijven liggen.",
            "shortTermGoal1GoingWell", "Soms halen we ook boodschappen.",
            "shortTermGoal1Needed", "Hulp bij opstarten, aanpakken, doen in huis in plaats van ‘erover praten’.",
            "shortTermGoal1WhoDoesWhat", "Ik ga op " + talkWithWieke + " met mijn zus Wieke met de woonbegeleider in "
                + "gesprek hierover. Ik vraag de woonbegeleiding mij te ondersteunen met overzicht in de taken in het "
                + "huis die ik zoveel mogelijk zelf kan doen.",
            "shortTermGoal1HowToSee", "Het huis is schoner en meer opgeruimd en ik ben tevreden over hoe het gaat. Het "
                + "vraagt minder aandacht en moeite waardoor er energie overblijft voor andere zaken zoals vrijwilligerswerk.",
            "shortTermGoal2", shortTerm2,
            "shortTermGoal2Now", "Ik onderneem weinig op dit gebied.",
            "shortTermGoal2GoingWell", "Ik wil dit graag en ik vind het belangrijk.",
            "shortTermGoal2Needed", "Het helpt als anderen mij regelmatig uitnodigen en stimuleren om mee te gaan. Ik ga "
                + "een fiets kopen, ik ga Jan van de fietsenwerkplaats vragen.",
            "shortTermGoal2WhoDoesWhat", "Ik ga met Rachid samen meedoen als de mannengroep in de wijk gaat sporten. "
                + "Rachid helpt mij herinneren en haalt me op. Joost helpt met de fietsaanschaf.",
            "shortTermGoal2HowToSee", "Ik beweeg/fiets/sport regelmatig.",
            "earlyWarningSigns", "Ik word stil en trek mij terug.\nWeer last van stemmen en vermoeidheid.\n"
                + "Sombere mimiek en meer muziek luisteren om de stemmen tegen te gaan.",
            "crisisContacts", List.of(row("role", "resourceGroup", "name", "Resourcegroep"),
                row("role", "caseHolder", "name", "Psychiater Jetske"), row("role", "other", "name", "Mijn moeder")),
            "helpfulThings", "Liggen op bed (niet slapen).\nMuziek luisteren.\n"
                + "Wandelen en/of fietsen in de nabije omgeving of elders.",
            "thingsOthersTakeOver", "Niets, en vooral niets achter mijn rug om gaan doen.\n"
                + "Met mij overleggen of ik hulp nodig heb bij boodschappen en koken.",
            "unhelpfulThings", "Blijven zitten in een rumoerige omgeving.\nMij aansporen iets te gaan doen.\n"
                + "Steeds vragen hoe het gaat.",
            "signsOfImprovement", "Ik ben dan gestructureerd, humoristisch, punctueel en zelfstandig.\n"
                + "Ik maak uit mezelf een praatje en kan aandachtig luisteren.",
            "preferredPlaceAway", "Bij mijn moeder thuis.",
            "preferredAdmissionPlace", "Niet.",
            "crisisMedicationHelpful", "Artane bij bewegingsdrang.",
            "crisisMedicationRefused", "Haldol, daar reageer ik niet goed op.",
            "otherHelpfulTreatments", "Muziek luisteren.\nNaar familie toe.\nWandelen en/of fietsen.\nSchilderen.\n"
                + "Maar mij niet dwingen om deze dingen te doen.",
            "participantContacts", List.of(row("name", "Mijn zus Wieke"), row("name", "Rachid"), row("name", "Joost")),
            "significantOtherContacts", List.of(row("name", "Mijn moeder")),
            "generalPractitionerName", "S. Engelshoofd"))
        .on(24).complete("nominateMembers", values("responsibleClinicianName", "Jetske", "peerExpertName", "Joost",
            "nominees", List.of(wieke.row(), rachid.row(), joost.row()),
            "nominationNotes", "Mogelijk later per bijeenkomst: woonbegeleiding, werkbegeleiding, moeder."))
        .on(28).complete("fixFirstMeetingWeek", values("firstMeetingWeek", w.date(80)));

    // Phase 2: Wieke is asked by Teun himself, Rachid by letter, Joost by phone; all three take part.
    w.on(30).completeFor("Wieke", "decideApproach", values("approach", "client"))
        .completeFor("Rachid", "decideApproach", values("approach", "letter"))
        .completeFor("Joost", "decideApproach", values("approach", "phone"))
        .on(32).completeFor("Rachid", "sendInvitationLetter", values("interviewDate", w.date(45)));
    for (Nominee n : List.of(wieke, rachid, joost)) {
      w.on(38).completeFor(n.name(), "recordNomineeResponse", values("responseDate", w.date(38),
              "nomineeAccepted", true, "questionnaire", n.questionnaire()))
          .on(42).completeFor(n.name(), "planInterview", values("interviewDate", w.date(48)))
          .on(48).completeFor(n.name(), n.interviewTask(), values("interviewDate", w.date(48)))
          .on(54).completeFor(n.name(), "feedBackSummary", values());
    }

    planning(w, 58);
    startMeeting(w, 80, true);
    followUp(w, 95, 172, false, false);
  }
}
