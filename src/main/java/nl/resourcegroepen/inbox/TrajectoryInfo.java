package nl.resourcegroepen.inbox;

import nl.resourcegroepen.trajectory.Phase;
import nl.resourcegroepen.trajectory.Setting;

/** What the inbox needs of a trajectory; the client's name is only shown to members of its team. */
record TrajectoryInfo(String id, String team, Setting setting, Phase phase, String pseudonym, String clientName) {
}
