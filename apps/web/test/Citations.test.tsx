import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Citations, CitationsDisclosure } from '../src/components/Citations';
import { citation } from './fixtures';

describe('citations', () => {
  it('shows the quote, the publisher, the date and the title of each source', () => {
    render(<Citations citations={[citation('three members of the armed terrorist group were neutralized')]} />);
    expect(screen.getByText('“three members of the armed terrorist group were neutralized”')).toBeTruthy();
    expect(screen.getByText('Amu TV')).toBeTruthy();
    expect(screen.getByText('6 Sep 2023')).toBeTruthy();
    expect(screen.getByText(/Tajikistan forces kill three 'terrorists'/)).toBeTruthy();
  });

  it('folds them into a count with publishers inside a table cell', () => {
    render(<CitationsDisclosure citations={[citation('a'), citation('b')]} />);
    expect(screen.getByText('2 sources: Amu TV')).toBeTruthy();
  });
});
