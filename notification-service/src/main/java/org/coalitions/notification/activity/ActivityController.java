package org.coalitions.notification.activity;

import java.util.List;

import org.coalitions.platform.web.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The secretariat's activity data (the role is checked in the security configuration). */
@RestController
@RequestMapping("/api/activity/coalitions")
class ActivityController {

	private final ActivityProjection projection;

	ActivityController(ActivityProjection projection) {
		this.projection = projection;
	}

	@GetMapping
	List<CoalitionActivity> all() {
		return projection.all();
	}

	@GetMapping("/{id}")
	CoalitionActivity one(@PathVariable String id) {
		return projection.find(id).orElseThrow(() -> new NotFoundException("No activity for coalition " + id));
	}
}
