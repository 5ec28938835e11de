/**
 * The business calendar of the shared kernel (SVC-09): the PRC's public holidays and make-up working days (调休) year by
 * year ({@link io.steward.ports.shared.calendar.HolidayYear}), an estate's local holidays and service hours
 * ({@link io.steward.ports.shared.calendar.ServiceHours}), spans in minutes, hours, working hours, working days or
 * calendar days ({@link io.steward.ports.shared.calendar.Span}), and the deadlines computed from them, each able to
 * explain itself ({@link io.steward.ports.shared.calendar.Deadline}). The computation lives in the domain
 * ({@code io.steward.domain.shared.BusinessCalendar}); these are its values.
 */
package io.steward.ports.shared.calendar;
