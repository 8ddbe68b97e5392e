package org.oscetrainer.examsession.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.oscetrainer.examsession.CircuitStation;

/** A station version in a session's circuit. */
@Entity
@Table(name = "exam_session_station")
public class CircuitStationRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int position;

    @Column(name = "station_id")
    private String stationId;

    @Column(name = "station_version_id")
    private long stationVersionId;

    private String title;

    @Column(name = "duration_minutes")
    private int durationMinutes;

    protected CircuitStationRow() {
    }

    public CircuitStationRow(int position, String stationId, long stationVersionId, String title, int durationMinutes) {
        this.position = position;
        this.stationId = stationId;
        this.stationVersionId = stationVersionId;
        this.title = title;
        this.durationMinutes = durationMinutes;
    }

    public CircuitStation toStation() {
        return new CircuitStation(position, stationId, stationVersionId, title, durationMinutes);
    }
}
