package org.gxpbridge.improvement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.gxpbridge.security.AccountStatus;
import org.gxpbridge.security.Accounts;
import org.gxpbridge.shared.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * Reads the actions of the minutes, one per line
 * {@code description | owner | yyyy-mm-dd}: an owner with an active account, a due date
 * not in the past; a line that does not parse is refused naming the line.
 */
@Component
class ManagementReviewActionCheck {

	private final Accounts accounts;

	private final Clock clock;

	ManagementReviewActionCheck(Accounts accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	List<ManagementReviewAction> parse(String reviewId, String text) {
		List<ManagementReviewAction> actions = new ArrayList<>();
		if (text == null) {
			return actions;
		}
		for (String line : text.split("\\R")) {
			if (line.isBlank()) {
				continue;
			}
			String[] parts = line.split("\\|");
			if (parts.length != 3 || parts[0].isBlank()) {
				throw invalid(line, "write it as 'description | owner | yyyy-mm-dd'");
			}
			String owner = Accounts.normalize(parts[1].trim());
			if (accounts.find(owner).filter(a -> a.status() == AccountStatus.ACTIVE).isEmpty()) {
				throw invalid(line, "owner '" + parts[1].trim() + "' has no active account");
			}
			LocalDate due;
			try {
				due = LocalDate.parse(parts[2].trim());
			}
			catch (DateTimeParseException e) {
				throw invalid(line, "due date '" + parts[2].trim() + "' is not a date (yyyy-mm-dd)");
			}
			if (due.isBefore(LocalDate.now(clock))) {
				throw invalid(line, "due date " + due + " is in the past");
			}
			String description = parts[0].trim();
			if (description.length() > 1000) {
				throw invalid(line, "the description has more than 1000 characters");
			}
			int number = actions.size() + 1;
			actions.add(new ManagementReviewAction(reviewId + "-A" + number, reviewId, number, description, owner, due,
					ManagementReviewAction.OPEN, null, null, null));
		}
		return actions;
	}

	private static InvalidInputException invalid(String line, String problem) {
		String shown = line.length() > 80 ? line.substring(0, 80) + "..." : line;
		return new InvalidInputException("invalid_review_action", "Action '" + shown.trim() + "': " + problem);
	}

}
