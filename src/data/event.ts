import { cypher } from '../db/cypher.ts';
import type { Database } from '../db/database.ts';

const participantsOfEvent = cypher('event/participants-of-event');

export interface Participant {
  id: string;
  name: string;
  role: string | null;
}

export function getParticipants(db: Database, eventId: string): Promise<Participant[]> {
  return db.read<Participant>(participantsOfEvent, { eventId });
}
