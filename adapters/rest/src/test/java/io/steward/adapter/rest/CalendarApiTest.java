package io.steward.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** SVC-09 over HTTP: an estate's deadlines on its calendar and service hours, each explaining itself. */
class CalendarApiTest extends RestFixture {

    @Test
    @DisplayName("SVC-09 over HTTP: one working day from Friday 13 Feb 2026 is the make-up Saturday; an estate's local "
            + "holiday and its service hours count; a year without facts is a 422 naming the rule")
    void deadlines_on_the_estate_calendar() {
        as("gm");
        String estate = json(post("estates", q("{'code':'LAKE','name':'Lake','fees':[{'code':'MGMT','basis':'PER_SQUARE_METRE_MONTH',"
                + "'rate':250,'category':'MANAGEMENT'}],'policy':{'prepaidMonths':6,'archiveAccessHours':24,"
                + "'frequentRemovalWindowDays':30,'frequentRemovalThreshold':3,'serviceHours':{'opens':'09:00','closes':'17:30'},"
                + "'localHolidays':[{'name':'estate open day','from':'2026-02-14','to':'2026-02-14'}]}}"))).getString("id");
        // 15:00 in Shanghai; the make-up Saturday is the estate's open day, so Tuesday 24 Feb after the festival
        JsonObject due = json(get("estates/" + estate + "/deadline?from=2026-02-13T07:00:00Z&amount=1&unit=WORKING_DAYS"));
        assertThat(due.getString("due")).isEqualTo("2026-02-24T09:30:00Z");
        assertThat(due.getJsonArray("explanation").toString()).contains("estate open day").contains("春节");

        problem(get("estates/" + estate + "/deadline?from=2027-06-01T00:00:00Z&amount=1&unit=WORKING_DAYS"), 422, "SVC-09",
                "calendar-year-not-covered");
        problem(get("estates/" + estate + "/deadline?amount=1&unit=FORTNIGHTS"), 400, null, null);
        problem(get("estates/" + estate + "/deadline?amount=-1&unit=HOURS"), 400, null, null);
        problem(get("estates/" + estate + "/deadline?from=yesterday&amount=1&unit=HOURS"), 400, null, null);
        problem(post("estates", q("{'code':'BAD','name':'Bad','fees':[{'code':'MGMT','basis':'PER_SQUARE_METRE_MONTH','rate':250,"
                + "'category':'MANAGEMENT'}],'policy':{'prepaidMonths':6,'archiveAccessHours':24,'frequentRemovalWindowDays':30,"
                + "'frequentRemovalThreshold':3,'serviceHours':{'opens':'18:00','closes':'08:00'}}}")), 400, null, null);
    }
}
