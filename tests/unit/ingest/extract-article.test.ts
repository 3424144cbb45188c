import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../../src/ingest/extract-article';
import { projectKnowledge, sourceText } from './helpers';

const names = (meeting: { participants: { name: string; side: string }[] }, side: string) => meeting.participants.filter((p) => p.side === side).map((p) => p.name);

describe('extractArticle', () => {
  test('reports two meetings announced with "Le même jour", dated the same day', async () => {
    const raw = sourceText(
      '2024-11-08 Le ministre de l’Industrie reçoit des partenaires étrangers',
      'Hanoï (VNA) - Le ministre de l’Industrie et du Commerce, Nguyen Hong Dien, a reçu le 7 novembre à Hanoï l’ambassadeur de Finlande au Vietnam, Keijo Norvanto.',
      'Les deux parties ont discuté de la coopération dans l’énergie renouvelable et le commerce.',
      'Le même jour, Nguyen Hong Dien a reçu le directeur général du groupe allemand Siemens Energy, Klaus Weber.',
      'Klaus Weber a souhaité élargir les investissements du groupe au Vietnam. -VNA',
    );
    const { meetings } = extractArticle('t1', raw, await projectKnowledge());
    expect(meetings.map((m) => [m.date, m.place, names(m, 'home'), names(m, 'foreign')])).toEqual([
      ['2024-11-07', 'Hanoï', ['Nguyen Hong Dien'], ['Keijo Norvanto']],
      ['2024-11-07', 'Hanoï', ['Nguyen Hong Dien'], ['Klaus Weber']],
    ]);
    expect(meetings[0]!.countries).toEqual(['Vietnam', 'Finlande']);
    expect(meetings[0]!.themes).toEqual(expect.arrayContaining(['energie', 'commerce-investissement']));
    expect(meetings[1]!.countries).toEqual(['Vietnam', 'Allemagne']);
  });

  test('leaves out a leader who is only the occasion of the meeting', async () => {
    const raw = sourceText(
      '2024-06-20 Le vice-ministre de la Défense rencontre un responsable indien',
      'Le vice-ministre de la Défense, le général Hoang Xuan Chien, a rencontré le 18 juin à New Delhi le secrétaire indien à la Défense, Giridhar Aramane.',
      'La rencontre s’inscrivait dans le cadre de la visite en Inde du Premier ministre, Pham Minh Chinh.',
      'Les deux parties ont convenu de renforcer la coopération dans l’industrie de défense et la sécurité maritime.',
    );
    const [meeting, ...rest] = extractArticle('t2', raw, await projectKnowledge()).meetings;
    expect(rest).toEqual([]);
    expect(names(meeting!, 'home')).toEqual(['Hoang Xuan Chien']);
    expect(names(meeting!, 'foreign')).toEqual(['Giridhar Aramane']);
    expect(meeting!.place).toBe('New Delhi');
    expect(meeting!.participants.find((p) => p.side === 'foreign')!.country).toBe('Inde');
    expect(meeting!.themes).toEqual(['securite-maritime', 'defense']);
  });

  test('treats an official of an international organization as having no country', async () => {
    const raw = sourceText(
      '2023-05 Le ministre reçoit la directrice de la Banque mondiale',
      'Hanoï (VNA) - Le ministre des Finances, Ho Duc Phoc, a reçu jeudi la directrice de la Banque mondiale pour le Vietnam, Carolyn Turk.',
    );
    const [meeting] = extractArticle('t3', raw, await projectKnowledge()).meetings;
    expect(meeting!.date).toBe('2023-05');
    expect(meeting!.countries).toEqual(['Vietnam']);
    expect(meeting!.participants.find((p) => p.name === 'Carolyn Turk')).toMatchObject({ side: 'foreign', country: null, organization: 'Banque mondiale' });
  });

  test('generates a title when the first line is a photo caption', async () => {
    const raw = sourceText(
      '2026-03-05 Lors de la réception. Photo : VNA',
      'Le ministre vietnamien de la Sécurité publique, Luong Tam Quang, a reçu le 4 mars à Hanoï, Kerry Person, vice-présidente de Amazon Web Services (AWS).',
    );
    const [meeting] = extractArticle('t4', raw, await projectKnowledge()).meetings;
    expect(meeting!.title).toBe('Luong Tam Quang reçoit Kerry Person (Amazon Web Services)');
  });

  test('finds no meeting in an article that names no foreign participant, and says so', async () => {
    const raw = sourceText('2025-01-10 Le Vietnam renforce la prévention des crimes', 'Le ministère de la Sécurité publique a lancé une campagne contre la fraude en ligne.');
    const result = extractArticle('t5', raw, await projectKnowledge());
    expect(result.meetings).toEqual([]);
    expect(result.warnings).toEqual([expect.stringMatching(/no meeting found/)]);
  });

  test('renders nothing it reads as markup: names and roles stay plain text', async () => {
    const raw = sourceText(
      '2025-02-02 <script>alert(1)</script> {process.exit(1)}',
      'Le ministre des Affaires étrangères, Bui Thanh Son, a reçu le 1er février à Hanoï l’ambassadeur de France, Olivier Brochet.',
    );
    const result = extractArticle('t6', raw, await projectKnowledge());
    expect(result.source.headline).toBe('<script>alert(1)</script> {process.exit(1)}');
    expect(names(result.meetings[0]!, 'foreign')).toEqual(['Olivier Brochet']);
  });
});
