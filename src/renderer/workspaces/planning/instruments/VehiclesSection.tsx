// Planificación → Equipamiento, vehicles: each with its plate, type, seats and whether it is in the workshop, with
// «Agregar vehículo» (administrators) and «En taller» / «En servicio» (coordinators and administrators). A vehicle in
// the workshop is flagged by the roster wherever it is assigned (shared/roster/checks.ts).
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResourceRecord } from '../../../../shared/records/resource.ts';
import { ApiErrorNotice } from '../../../components/ApiErrorNotice.tsx';
import { ListTable } from '../../../components/ListTable.tsx';
import { Notice } from '../../../components/Notice.tsx';
import { useItemDialog } from '../../../hooks/use-item-dialog.ts';
import { useLiveQuery } from '../../../live/use-live-query.ts';
import { mayMutate, useSignedInUser } from '../../../writes/use-signed-in-user.ts';
import { PlanningDialog } from '../PlanningDialog.tsx';
import { AddVehicleDialog } from './AddVehicleDialog.tsx';

const COLUMNS = ['label', 'plate', 'type', 'seats', 'state', 'action'] as const;

export function VehiclesSection() {
  const { t } = useTranslation('instruments');
  const list = useLiveQuery('records.list', { entity: 'resource' });
  const signedIn = useSignedInUser();
  const may = { add: mayMutate(signedIn, 'resource.createVehicle'), status: mayMutate(signedIn, 'resource.setStatus') };
  const dialog = useItemDialog<ResourceRecord | 'new'>();
  const heading = useRef<HTMLHeadingElement>(null);
  const vehicles = ((list.value?.records ?? []) as ResourceRecord[]).filter((r) => r.kind === 'vehicle');
  const doneProps = { onClose: dialog.close, onDone: dialog.finished, focusAfterDone: () => heading.current };
  const open = dialog.open !== 'new' ? dialog.open : null;
  const toWorkshop = open?.status !== 'workshop';
  return (
    <section className="instruments" aria-labelledby="vehicles-title" data-testid="vehicles-view">
      <div className="instruments__header">
        <h2 id="vehicles-title" ref={heading} tabIndex={-1}>
          {t('vehicles.heading')}
        </h2>
        {may.add && (
          <button type="button" className="button" onClick={() => dialog.openFor('new')} data-testid="vehicles-add">
            {t('vehicles.add.action')}
          </button>
        )}
      </div>
      {dialog.done && (
        <Notice tone="success" onDismiss={dialog.dismiss} testId="vehicles-done">
          {dialog.done}
        </Notice>
      )}
      {list.value === null ? (
        list.loading ? (
          <p role="status">{t('loading')}</p>
        ) : (
          <ApiErrorNotice error={list.error} title={t('loadFailed')} />
        )
      ) : vehicles.length === 0 ? (
        <p>{t('vehicles.none')}</p>
      ) : (
        <ListTable
          className="instruments-table"
          testId="vehicles-table"
          caption={t('vehicles.caption')}
          columns={COLUMNS}
          columnLabel={(column) => t(`vehicles.column.${column}`)}
        >
          {vehicles.map((vehicle) => {
            const workshop = vehicle.status === 'workshop';
            return (
              <tr key={vehicle.id} data-testid="vehicle-row" data-vehicle-id={vehicle.id} data-state={workshop ? 'workshop' : 'in_service'}>
                <th scope="row">{vehicle.label}</th>
                <td>{vehicle.plate ?? t('never')}</td>
                <td>{vehicle.vehicleType ? t(`vehicles.type.${vehicle.vehicleType}`) : t('never')}</td>
                <td>{vehicle.seats ?? t('never')}</td>
                <td>
                  <span className={`instrument-state instrument-state--${workshop ? 'lapsed' : 'valid'}`}>
                    {t(`vehicles.state.${workshop ? 'workshop' : 'in_service'}`)}
                  </span>
                </td>
                <td>
                  {may.status && (
                    <button
                      type="button"
                      className="button"
                      onClick={() => dialog.openFor(vehicle)}
                      aria-label={t(workshop ? 'vehicles.status.toServiceFor' : 'vehicles.status.toWorkshopFor', { label: vehicle.label })}
                      data-testid="vehicle-status"
                    >
                      {t(workshop ? 'vehicles.status.toService' : 'vehicles.status.toWorkshop')}
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </ListTable>
      )}
      {dialog.open === 'new' && <AddVehicleDialog {...doneProps} />}
      {open && (
        <PlanningDialog
          namespace="instruments"
          {...doneProps}
          title={t(toWorkshop ? 'vehicles.status.toWorkshopTitle' : 'vehicles.status.toServiceTitle')}
          explain={t(toWorkshop ? 'vehicles.status.toWorkshopExplain' : 'vehicles.status.toServiceExplain', { label: open.label })}
          submitLabel={t(toWorkshop ? 'vehicles.status.toWorkshop' : 'vehicles.status.toService')}
          done={t(toWorkshop ? 'vehicles.status.toWorkshopDone' : 'vehicles.status.toServiceDone', { label: open.label })}
          testId="vehicle-status-dialog"
          problemCount={0}
          prepare={() => ({ kind: 'resource.setStatus', id: open.id, status: toWorkshop ? 'workshop' : 'in_service' })}
        />
      )}
    </section>
  );
}
